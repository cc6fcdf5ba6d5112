"""pg_trgm's trigram similarity in Python, for the SQLite fallback.

PostgreSQL pads every word with two spaces in front and one behind and compares the sets of
three-character pieces; ``word_similarity`` is the share of the query's trigrams found in the
text, which makes "ODRU" and "Groninegn" find "Omgevingsdienst regio Utrecht (ODRU)" and
"Veiligheidsregio Groningen". The numbers match PostgreSQL's for the cases in the tests.
"""

from __future__ import annotations

from functools import lru_cache

from .text import words


@lru_cache(maxsize=20_000)
def trigrams(text: str) -> frozenset[str]:
    found: set[str] = set()
    for word in words(text):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(found)


def word_similarity(query: str | None, text: str | None) -> float:
    wanted = trigrams(query or "")
    if not wanted:
        return 0.0
    return len(wanted & trigrams(text or "")) / len(wanted)
