"""pg_trgm's ``word_similarity`` in Python, for the SQLite fallback.

Every expected value was computed by PostgreSQL 15's pg_trgm (``SELECT word_similarity(a, b)``),
not by the code under test: the fallback must find what PostgreSQL finds.
"""

from __future__ import annotations

import pytest

from samenwerking.search.backends import FUZZY_THRESHOLD
from samenwerking.search.trigram import trigrams, word_similarity


@pytest.mark.parametrize(
    ("query", "text", "postgres"),
    [
        ("groninegn", "Veiligheidsregio Groningen", 0.6),
        ("word", "two words", 0.8),
        ("ggd", "GGD Fryslân", 1.0),
        ("groninegn", "Midden-Groningen", 0.6),
        ("odru", "ODRU", 1.0),
        ("ODRU", "Omgevingsdienst regio Utrecht (ODRU)", 1.0),
        ("odru", "Omgevingsdienst regio Utrecht", 0.2),
        ("utrecht", "Omgevingsdienst regio Utrecht", 1.0),
        ("regio groningen", "Veiligheidsregio Groningen", 0.875),
        ("groningen regio", "Veiligheidsregio Groningen", 0.875),
        ("drecht", "Drechtsteden", 0.85714287),
        # Two words far apart: pg_trgm takes the best *continuous* stretch of the text, so the
        # words in between count against it.
        ("sociaal domein", "het domein is heel erg sociaal", 0.5555556),
        ("", "abc", 0.0),
        ("abc", "", 0.0),
    ],
)
def test_word_similarity_equals_pg_trgm(query, text, postgres):
    assert word_similarity(query, text) == pytest.approx(postgres, abs=1e-6)


def test_threshold_separates_typo_from_unrelated_abbreviation():
    """ "Groninegn" is close enough to find Groningen; "ODRU" is not close to the full name."""
    assert word_similarity("groninegn", "Groningen") >= FUZZY_THRESHOLD
    assert word_similarity("odru", "Omgevingsdienst regio Utrecht") < FUZZY_THRESHOLD


def test_none_is_no_similarity():
    assert word_similarity(None, "Groningen") == 0.0
    assert word_similarity("groningen", None) == 0.0


def test_trigrams_pad_each_word():
    assert trigrams("GGD") == frozenset({"  g", " gg", "ggd", "gd "})
    assert trigrams("a-b") == frozenset({"  a", " a ", "  b", " b "})
