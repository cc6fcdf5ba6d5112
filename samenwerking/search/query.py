"""A search box query, parsed once and used by both databases.

The syntax is PostgreSQL's ``websearch_to_tsquery``: words must all occur, ``"a phrase"`` must
occur as written, ``-word`` must not occur, and ``or`` (or ``OF``) between two words accepts
either. Unlike websearch, a single word also finds longer words that start with it, because
Dutch glues words together: "samenwerking" finds "samenwerkingsverbanden".

Words are reduced to letters and digits before they reach PostgreSQL, so nothing a person types
can change the structure of the ``tsquery`` (and it is passed as a parameter, never as SQL).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property

from .text import GAP, STOPWORDS, fold, stem, words

# Longer input is cut off (and the page says so): a search box is not a document.
MAX_LENGTH = 200
MAX_TERMS = 12
MIN_PREFIX = 3

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OR = frozenset({"or", "of"})


@dataclass(frozen=True)
class Term:
    """One word or phrase. ``words`` are folded; the stems are what is matched."""

    words: tuple[str, ...]
    negated: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    @property
    def prefix(self) -> bool:
        # A single positive word matches as a prefix; phrases and exclusions match exactly, so
        # that "-raad" does not also throw out everything about "raadsleden". Words shorter
        # than three characters ("b", "12") would match far too much as a prefix.
        return not self.negated and not self.is_phrase and len(self.words[0]) >= MIN_PREFIX

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(word) for word in self.words)

    def tsquery(self) -> str:
        if self.is_phrase:
            text = "(" + " <-> ".join(self.words) + ")"
        else:
            text = self.words[0] + (":*" if self.prefix else "")
        return f"!{text}" if self.negated else text


@dataclass(frozen=True)
class Query:
    """Clauses that must all match; each clause is a list of alternatives (``or``)."""

    text: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    truncated: bool = False
    # Positive words, folded, for trigram similarity on names ("groninegn" -> "Groningen").
    fuzzy_text: str = ""
    ignored: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return any(not term.negated for clause in self.clauses for term in clause)

    def tsquery(self) -> str:
        """The query in ``to_tsquery`` syntax; the database's ``dutch`` config stems it."""
        parts = []
        for clause in self.clauses:
            alternatives = [term.tsquery() for term in clause]
            parts.append(
                alternatives[0] if len(alternatives) == 1 else f"({' | '.join(alternatives)})"
            )
        return " & ".join(parts)

    @cached_property
    def as_json(self) -> str:
        """The clauses for the SQLite functions: [[[stems], negated, prefix], ...] per clause."""
        return json.dumps(
            [
                [[list(term.stems), term.negated, term.prefix] for term in clause]
                for clause in self.clauses
            ]
        )

    @property
    def highlight_stems(self) -> list[tuple[str, bool]]:
        """(stem, prefix) of every word that should be marked in a snippet."""
        return [
            (s, term.prefix)
            for clause in self.clauses
            for term in clause
            if not term.negated
            for s in term.stems
            if s != GAP
        ]


def parse(text: str | None) -> Query:
    """Parse what was typed into the search box. Never raises; bad input gives an empty query."""
    text = (text or "").replace("\x00", " ").strip()
    truncated = len(text) > MAX_LENGTH
    text = text[:MAX_LENGTH]
    clauses: list[list[Term]] = []
    ignored: list[str] = []
    pending_or = False
    count = 0
    for match in _TOKEN.finditer(text):
        negated_phrase, phrase, bare = match.groups()
        if bare is not None and fold(bare) in _OR and clauses and not pending_or:
            pending_or = True
            continue
        if phrase is not None:
            new_terms = _phrase(phrase, negated=bool(negated_phrase))
        else:
            negated = bare.startswith("-") and len(bare) > 1
            new_terms = _bare(bare[1:] if negated else bare, negated=negated)
        if not new_terms:
            ignored.append(match.group())
            continue
        for term in new_terms:
            if count >= MAX_TERMS:
                truncated = True
                break
            count += 1
            if pending_or and not term.negated and not any(t.negated for t in clauses[-1]):
                clauses[-1].append(term)
            else:
                clauses.append([term])
            pending_or = False
    positive = [
        w
        for clause in clauses
        for t in clause
        if not t.negated
        for w in t.words
        if len(w) >= MIN_PREFIX
    ]
    return Query(
        text=text,
        clauses=tuple(tuple(clause) for clause in clauses),
        truncated=truncated,
        fuzzy_text=" ".join(positive),
        ignored=tuple(ignored),
    )


def _phrase(text: str, *, negated: bool) -> list[Term]:
    found = words(text)
    if not found or all(word in STOPWORDS for word in found):
        return []
    # Stop words at either end add nothing and would only make PostgreSQL warn.
    while found[0] in STOPWORDS:
        found.pop(0)
    while found[-1] in STOPWORDS:
        found.pop()
    return [Term(tuple(found), negated=negated)]


def _bare(text: str, *, negated: bool) -> list[Term]:
    # "Súdwest-Fryslân" is two words that must both occur.
    return [Term((word,), negated=negated) for word in words(text) if word not in STOPWORDS]
