"""The search functions SQLite lacks, registered on every new SQLite connection.

``sp_search_rank(terms, query)`` is the full-text match and rank in one: 0 when the stored
terms do not satisfy the query, otherwise a weighted count like PostgreSQL's ``ts_rank``.
``sp_word_similarity(query, text)`` is pg_trgm's ``word_similarity``.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from .text import GAP
from .trigram import word_similarity

# PostgreSQL's default ts_rank weights for D, C, B, A.
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}


def register(sender, connection, **kwargs) -> None:
    """connection_created: the SQLite functions, or PostgreSQL's trigram threshold."""
    if connection.vendor == "postgresql":
        # The ``<%`` operator's threshold, so that it agrees with FUZZY_THRESHOLD everywhere.
        from .backends import FUZZY_THRESHOLD

        with connection.cursor() as cursor:
            cursor.execute(f"SET pg_trgm.word_similarity_threshold = {float(FUZZY_THRESHOLD)}")
        return
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function("sp_search_rank", 2, search_rank, deterministic=True)
    connection.connection.create_function(
        "sp_word_similarity", 2, word_similarity, deterministic=True
    )


@lru_cache(maxsize=64)
def _clauses(query_json: str) -> list:
    return json.loads(query_json)


def parse_terms(stored: str) -> list[tuple[float, list[str]]]:
    """Stored terms are one line per weight: ``"A samenwerk _ gemeent"``."""
    lines = []
    for line in stored.split("\n"):
        weight, _, text = line.partition(" ")
        lines.append((WEIGHTS.get(weight, 0.1), text.split()))
    return lines


def search_rank(stored: str | None, query_json: str) -> float:
    if not stored:
        return 0.0
    lines = parse_terms(stored)
    rank = 0.0
    for clause in _clauses(query_json):
        clause_rank = 0.0
        for stems, words, negated, prefix in clause:
            found = sum(w * _occurrences(tokens, stems, words, prefix) for w, tokens in lines)
            if negated:
                # An exclusion is satisfied by absence and adds nothing to the rank.
                clause_rank = max(clause_rank, 0.0 if found else 1e-9)
            elif found:
                clause_rank = max(clause_rank, found)
        if clause_rank == 0.0:
            return 0.0
        rank += clause_rank
    # Diminishing returns for repetition, as ts_rank's log-scaled frequency.
    return math.log1p(rank)


def _occurrences(tokens: list[str], stems: list[str], words: list[str], prefix: bool) -> int:
    if len(stems) == 1:
        wanted = stems[0]
        if prefix:
            # The stem or the word itself: "raad" (stem "rad") finds "raadsleden" ("raadsled").
            starts = (wanted, words[0])
            return sum(1 for token in tokens if token.startswith(starts))
        return sum(1 for token in tokens if token == wanted)
    span = len(stems)
    return sum(
        1
        for start in range(len(tokens) - span + 1)
        if all(s == GAP or tokens[start + i] == s for i, s in enumerate(stems))
    )
