"""Snippets: whatever a document contains is shown as text; only matched words are marked.

``to_html`` is the last step on both databases (PostgreSQL's ``ts_headline`` output goes
through it too), so it alone decides what HTML reaches the page.
"""

from __future__ import annotations

import re

import pytest
from django.utils.safestring import SafeString

from samenwerking.search import parse
from samenwerking.search.snippets import ELLIPSIS, START, STOP, highlight, strip_markers, to_html


def assert_only_mark_tags(html: str) -> None:
    """Balanced, unnested ``<mark>`` elements, and no other ``<``, ``>`` or raw ``&``."""
    depth = 0
    for tag in re.findall(r"</?mark>", html):
        depth += 1 if tag == "<mark>" else -1
        assert depth in (0, 1), html
    assert depth == 0, html
    rest = re.sub(r"</?mark>", "", html)
    assert "<" not in rest and ">" not in rest, html
    assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;)", rest), html
    assert START not in html and STOP not in html


def test_to_html_escapes_the_document():
    html = to_html("<script>alert(1)</script> & " + START + "gemeente" + STOP)
    assert isinstance(html, SafeString)
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>gemeente</mark>"


def test_to_html_escapes_inside_marks():
    assert to_html(START + "<b>&" + STOP) == "<mark>&lt;b&gt;&amp;</mark>"


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        (START + "open", "<mark>open</mark>"),
        ("dicht" + STOP, "dicht"),
        (STOP + START + "a" + STOP, "<mark>a</mark>"),
        (START + "a" + START + "b" + STOP + "c" + STOP, "<mark>ab</mark>c"),
        (STOP + "a" + START + "b" + START + "c" + STOP + "d" + STOP + "e" + START + "f",
         "a<mark>bc</mark>de<mark>f</mark>"),
        (START + STOP, "<mark></mark>"),
    ],
    ids=["unclosed", "stray-stop", "stop-first", "nested-start", "mixed", "empty"],
)  # fmt: skip
def test_unbalanced_markers_give_balanced_html(marked, expected):
    html = to_html(marked)
    assert html == expected
    assert_only_mark_tags(html)


@pytest.mark.parametrize(
    "marked",
    [
        START + "<script>" + STOP + "</script>",
        "<" + START + "mark" + STOP + ">",
        START + "</mark><script>alert(1)</script>",
        "&" + START + "amp;" + STOP + "&lt;",
        STOP * 3 + START * 3 + "<img src=x onerror=alert(1)>",
    ],
)
def test_markers_cannot_build_html(marked):
    assert_only_mark_tags(to_html(marked))


def test_strip_markers():
    assert strip_markers(f"a{START}b{STOP}c{STOP}") == "abc"


# ---------------------------------------------------------------------------------------------
# highlight (the SQLite snippet)


def test_highlight_marks_prefix_and_stem_matches():
    html = highlight(
        "De samenwerkingsverbanden van gemeenten in de regio.", parse("samenwerking gemeente")
    )
    assert html == "De <mark>samenwerkingsverbanden</mark> van <mark>gemeenten</mark> in de regio."


def test_highlight_keeps_the_original_spelling():
    html = highlight("Gemeente Súdwest-Fryslân werkt samen.", parse("sudwest fryslan"))
    assert html == "Gemeente <mark>Súdwest</mark>-<mark>Fryslân</mark> werkt samen."


def test_highlight_does_not_mark_excluded_or_unrelated_words():
    html = highlight("Afval en reiniging in de regio.", parse("afval -reiniging"))
    assert html == "<mark>Afval</mark> en reiniging in de regio."


def test_highlight_does_not_mark_prefixes_of_exact_words():
    """A phrase matches exactly: "sociaal" in a phrase does not mark "sociaaldemocraat"."""
    html = highlight("Sociaal domein, sociaaldemocraat.", parse('"sociaal domein"'))
    assert html == "<mark>Sociaal</mark> <mark>domein</mark>, sociaaldemocraat."


def test_highlight_escapes_the_document():
    html = highlight("<script>alert(1)</script> gemeente & regio " + START + "x", parse("gemeente"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>gemeente</mark>" in html
    assert_only_mark_tags(html)


def test_highlight_picks_the_window_with_the_matches():
    before = " ".join(f"voor{i}" for i in range(100))
    after = " ".join(f"na{i}" for i in range(100))
    html = highlight(f"{before} gemeenten {after}", parse("gemeente"), size=10)
    assert html.startswith(ELLIPSIS + " ")
    assert html.endswith(" " + ELLIPSIS)
    assert "<mark>gemeenten</mark>" in html
    assert "voor0 " not in html and "na99" not in html
    assert len(re.findall(r"\w+", re.sub(r"</?mark>", "", html))) == 10


def test_highlight_of_nothing():
    assert highlight("", parse("gemeente")) == ""
    assert highlight("!!! ---", parse("gemeente")) == ""
