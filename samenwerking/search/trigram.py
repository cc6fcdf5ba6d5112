"""pg_trgm's trigram similarity in Python, for the SQLite fallback.

PostgreSQL pads every word with two spaces in front and one behind and compares the sets of
three-character pieces; ``word_similarity`` compares the query with the best-matching stretch
of the text, which makes "ODRU" and "Groninegn" find "Omgevingsdienst regio Utrecht (ODRU)" and
"Veiligheidsregio Groningen". The numbers match PostgreSQL's for the cases in the tests.
"""

from __future__ import annotations

from functools import lru_cache

from .text import words


def trigram_sequence(text: str) -> list[str]:
    """The trigrams of ``text`` in order, duplicates kept, as pg_trgm generates them."""
    found: list[str] = []
    for word in words(text):
        padded = f"  {word} "
        found.extend(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


@lru_cache(maxsize=20_000)
def trigrams(text: str) -> frozenset[str]:
    return frozenset(trigram_sequence(text))


@lru_cache(maxsize=50_000)
def word_similarity(query: str | None, text: str | None) -> float:
    """pg_trgm's ``word_similarity``: the best continuous stretch of ``text`` for ``query``.

    A port of ``iterate_word_similarity`` in PostgreSQL's contrib/pg_trgm/trgm_op.c: slide
    over the text's trigrams, and for every stretch that ends in a trigram of the query,
    score common / (query + stretch - common), trying every later start as well.
    """
    wanted = trigrams(query or "")
    if not wanted:
        return 0.0
    sequence = trigram_sequence(text or "")
    query_size = len(wanted)
    last_position: dict[str, int] = {}
    stretch_size = common = 0
    lower = -1
    best = 0.0
    for i, trigram in enumerate(sequence):
        in_query = trigram in wanted
        if lower >= 0 or in_query:
            if last_position.get(trigram, -1) < 0:
                stretch_size += 1
                if in_query:
                    common += 1
            last_position[trigram] = i
        if not in_query:
            continue
        if lower == -1:
            lower, stretch_size = i, 1
        current = common / (query_size + stretch_size - common)
        # A later start may drop trigrams that only cost similarity.
        tmp_common, tmp_size, previous_lower = common, stretch_size, lower
        for tmp_lower in range(lower, i + 1):
            score = tmp_common / (query_size + tmp_size - tmp_common)
            if score > current:
                current, stretch_size, lower, common = score, tmp_size, tmp_lower, tmp_common
            dropped = sequence[tmp_lower]
            if last_position.get(dropped, -1) == tmp_lower:
                tmp_size -= 1
                if dropped in wanted:
                    tmp_common -= 1
        best = max(best, current)
        for tmp_lower in range(previous_lower, lower):
            dropped = sequence[tmp_lower]
            if last_position.get(dropped, -1) == tmp_lower:
                last_position[dropped] = -1
    return best
