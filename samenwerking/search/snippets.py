"""Highlighted snippets that cannot carry HTML from the document into the page.

Both databases mark matches with control characters that do not occur in the texts; the text
is escaped first and only then are the markers replaced by ``<mark>``, so whatever a document
contains (``<script>``, ``&amp;``) is shown as text.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import Query
from .text import stem, words_with_offsets

START, STOP = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_WORDS = 30


def strip_markers(text: str) -> str:
    return text.replace(START, "").replace(STOP, "")


def to_html(marked: str) -> SafeString:
    """Escape ``marked`` and turn balanced START/STOP markers into ``<mark>`` elements."""
    out: list[str] = []
    inside = False
    buffer: list[str] = []
    for char in marked:
        if char == START and not inside:
            out.append(escape("".join(buffer)) + "<mark>")
            buffer, inside = [], True
        elif char == STOP and inside:
            out.append(escape("".join(buffer)) + "</mark>")
            buffer, inside = [], False
        elif char not in (START, STOP):
            buffer.append(char)
    out.append(escape("".join(buffer)))
    if inside:
        out.append("</mark>")
    return mark_safe("".join(out))


def highlight(text: str, query: Query, size: int = SNIPPET_WORDS) -> SafeString:
    """The best window of ``size`` words of ``text`` with the query's words marked (SQLite)."""
    text = strip_markers(text or "")
    tokens = list(words_with_offsets(text))
    if not tokens:
        return mark_safe("")
    wanted = query.highlight
    hits = [
        any((token_stem.startswith(s) if prefix else token_stem == s) for s, prefix in wanted)
        for token_stem in (stem(word) for word, _, _ in tokens)
    ]
    best_start, best_count = 0, -1
    for start in range(max(1, len(tokens) - size + 1)):
        count = sum(hits[start : start + size])
        if count > best_count:
            best_start, best_count = start, count
    window = range(best_start, min(len(tokens), best_start + size))
    begin = tokens[window.start][1] if best_start else 0
    end = tokens[window[-1]][2] if window.stop < len(tokens) else len(text)
    pieces, cursor = [], begin
    for i in window:
        _, token_start, token_end = tokens[i]
        if hits[i]:
            pieces.append(text[cursor:token_start] + START + text[token_start:token_end] + STOP)
            cursor = token_end
    pieces.append(text[cursor:end])
    marked = "".join(pieces).strip()
    if begin > 0:
        marked = ELLIPSIS + " " + marked
    if end < len(text):
        marked += " " + ELLIPSIS
    return to_html(marked)
