"""Dutch text as the search sees it: accents folded, lower case, stop words dropped, stemmed.

The SQLite fallback and the query parser use these functions; PostgreSQL does the same with its
``dutch`` Snowball configuration plus ``unaccent`` (see ``migrations``). Snowball's
``dutch_porter`` is the algorithm PostgreSQL's ``dutch`` stemmer uses ("gemeenten" -> "gemeent");
the newer ``dutch`` algorithm in snowballstemmer 3 stems differently and would make the two
databases disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

# A word is a run of letters and digits, as PostgreSQL's parser splits "Súdwest-Fryslân" into
# "sudwest" and "fryslan". The underscore counts as a separator.
WORD = re.compile(r"[^\W_]+")

# PostgreSQL's tsearch_data/dutch.stop (from the Snowball project), so both databases ignore
# the same words.
STOPWORDS = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
    naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere
    """.split()
)

# Stands in for a stop word in stored terms, so that a phrase keeps its word distances.
GAP = "_"

_stemmer = snowballstemmer.stemmer("dutch_porter")


def fold(text: str) -> str:
    """Lower case without diacritics: "Fryslân" -> "fryslan", "Oosterwolde (Fr.)" unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text``, stop words included."""
    return WORD.findall(fold(text))


def words_with_offsets(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded word, start, end) per word, with offsets into the original ``text``."""
    for match in WORD.finditer(text):
        yield fold(match.group()), match.start(), match.end()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The stem of one folded word; stop words become ``GAP``."""
    if word in STOPWORDS:
        return GAP
    return _stemmer.stemWord(word)


def terms(text: str) -> list[str]:
    """The stems of ``text`` in order, with ``GAP`` for each stop word."""
    return [stem(word) for word in words(text)]
