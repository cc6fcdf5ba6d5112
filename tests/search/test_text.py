"""Dutch text as the search sees it: folding, words, stop words and stems.

The SQLite fallback is only equivalent to PostgreSQL if these functions give what PostgreSQL's
``dutch`` Snowball configuration gives; the expected stems below were taken from
``ts_lexize('dutch_stem', ...)`` on PostgreSQL 15, not from the Python code under test.
"""

from __future__ import annotations

import pytest

from samenwerking.search.text import GAP, STOPWORDS, fold, stem, terms, words, words_with_offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fryslân", "fryslan"),
        ("Súdwest-Fryslân", "sudwest-fryslan"),
        ("ÉÉN Café", "een cafe"),
        ("Coöperatie", "cooperatie"),
        ("Straße", "strasse"),
        ("Oosterwolde (Fr.)", "oosterwolde (fr.)"),
    ],
)
def test_fold_lowercases_and_drops_diacritics(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PostgreSQL's parser splits a hyphenated name into its parts as well.
        ("Súdwest-Fryslân", ["sudwest", "fryslan"]),
        ("GM0014 en 2024", ["gm0014", "en", "2024"]),
        # The underscore is a separator, so that it never collides with the stop-word GAP.
        ("snake_case", ["snake", "case"]),
        ("auto's, fiets; brommer!", ["auto", "s", "fiets", "brommer"]),
        ("  \t\n", []),
        ("!!! ::: &&& <-> :*", []),
    ],
)
def test_words_are_runs_of_letters_and_digits(text, expected):
    assert words(text) == expected


def test_words_with_offsets_point_into_the_original_text():
    """Snippets mark the original (accented, capitalised) text, so offsets must refer to it."""
    text = "De gemeente Súdwest-Fryslân"
    found = list(words_with_offsets(text))
    assert [w for w, _, _ in found] == ["de", "gemeente", "sudwest", "fryslan"]
    assert [text[start:end] for _, start, end in found] == [
        "De",
        "gemeente",
        "Súdwest",
        "Fryslân",
    ]


@pytest.mark.parametrize(
    ("word", "postgres_stem"),
    [
        ("samenwerkingsverbanden", "samenwerkingsverband"),
        ("gemeenten", "gemeent"),
        ("gemeente", "gemeent"),
        ("regelingen", "regel"),
        ("regeling", "regel"),
        ("gemeenschappelijke", "gemeenschapp"),
        ("bevindingen", "bevind"),
        ("aanbevelingen", "aanbevel"),
        ("afvalinzameling", "afvalinzamel"),
        ("sociale", "social"),
        ("sociaal", "sociaal"),
        ("bestuurlijke", "bestur"),
        ("besluitvorming", "besluitvorm"),
        ("kostenverdeling", "kostenverdel"),
        ("huishoudens", "huishouden"),
        ("vertrouwen", "vertrouw"),
        ("ontwikkelingen", "ontwikkel"),
        ("evaluaties", "evaluaties"),
        ("omgevingsdienst", "omgevingsdienst"),
    ],
)
def test_stem_equals_postgresql_dutch(word, postgres_stem):
    """Snowball's newer ``dutch`` algorithm would give "gemeent" for neither or both; only
    ``dutch_porter`` agrees with PostgreSQL on all of these."""
    assert stem(word) == postgres_stem


def test_stop_words_become_the_gap():
    assert stem("van") == GAP
    assert all(stem(word) == GAP for word in STOPWORDS)


def test_stopwords_are_postgresqls_dutch_list():
    """101 words, as in tsearch_data/dutch.stop; a few that matter for queries are checked."""
    assert len(STOPWORDS) == 101
    assert {"de", "het", "een", "van", "of", "en", "niet", "zijn"} <= STOPWORDS
    # "or" is the English operator, not a Dutch stop word; "raad" is a normal word.
    assert not {"or", "raad", "gemeente"} & STOPWORDS


def test_terms_keep_word_distances_with_gaps():
    """Phrases compare positions, so a stop word leaves a gap instead of disappearing."""
    assert terms("Raad van State") == ["rad", GAP, "stat"]
    assert terms("de gemeenschappelijke regelingen") == [GAP, "gemeenschapp", "regel"]
