"""A search box query, parsed once and used by both databases.

The syntax is PostgreSQL's ``websearch_to_tsquery``: words must all occur, ``"a phrase"`` must
occur as written, ``-word`` must not occur, and ``or`` (or ``OF``) between two words accepts
either. Unlike websearch, a single word also finds longer words that start with it, because
Dutch glues words together: "samenwerking" finds "samenwerkingsverbanden", and "raad" finds
"raadsleden" (whose stem, "raadsled", does not start with the stem of "raad", "rad"; so both
the stem and the word itself are tried as a prefix).

Words are reduced to letters and digits, and every piece of text reaches the database as a
query parameter, so nothing a person types can change the structure of the query.
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
# Shorter words ("b", "12") would match far too much as a prefix or approximately.
MIN_PREFIX = 3

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OR = frozenset({"or", "of"})


@dataclass(frozen=True)
class Term:
    """One word, or a phrase typed between quotes. ``words`` are folded, stop words included."""

    words: tuple[str, ...]
    negated: bool = False
    # The text between the quotes, as typed: PostgreSQL parses it like the documents
    # (``phraseto_tsquery``), so "Súdwest-Fryslân" in a phrase matches as it does in a text.
    phrase: str = ""

    @property
    def is_phrase(self) -> bool:
        return bool(self.phrase)

    @property
    def prefix(self) -> bool:
        # A single positive word matches as a prefix; phrases and exclusions match exactly, so
        # that "-raad" does not also throw out everything about "raadsleden".
        return not self.negated and not self.is_phrase and len(self.words[0]) >= MIN_PREFIX

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(word) for word in self.words)


@dataclass(frozen=True)
class Query:
    """Clauses that must all match; each clause is a list of alternatives (``or``)."""

    text: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    truncated: bool = False
    ignored: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return any(not term.negated for clause in self.clauses for term in clause)

    @property
    def terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    @property
    def fuzzy_words(self) -> tuple[str, ...]:
        """Words that may match names approximately ("groninegn" -> "Groningen").

        Only for a plain list of words: a phrase, an exclusion or ``or`` asks for precision,
        and an approximate name match would otherwise ignore it.
        """
        terms = self.terms
        if (
            not terms
            or any(t.negated or t.is_phrase for t in terms)
            or len(terms) != len(self.clauses)
        ):
            return ()
        return tuple(t.words[0] for t in terms if len(t.words[0]) >= MIN_PREFIX)

    @cached_property
    def as_json(self) -> str:
        """The clauses for the SQLite function: per term [stems, words, negated, prefix]."""
        return json.dumps(
            [
                [[list(t.stems), list(t.words), t.negated, t.prefix] for t in clause]
                for clause in self.clauses
            ]
        )

    @property
    def highlight(self) -> list[tuple[str, bool]]:
        """(stem or word, as prefix?) for every word that should be marked in a snippet."""
        marks: list[tuple[str, bool]] = []
        for term in self.terms:
            if term.negated:
                continue
            marks += [(s, term.prefix) for s in term.stems if s != GAP]
            if term.prefix and term.words[0] != term.stems[0]:
                marks.append((term.words[0], True))
        return marks


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
    return Query(
        text=text,
        clauses=tuple(tuple(clause) for clause in clauses),
        truncated=truncated,
        ignored=tuple(ignored),
    )


def _phrase(text: str, *, negated: bool) -> list[Term]:
    found = words(text)
    if not found or all(word in STOPWORDS for word in found):
        return []
    # Stop words at either end add nothing; PostgreSQL drops them as well.
    while found[0] in STOPWORDS:
        found.pop(0)
    while found[-1] in STOPWORDS:
        found.pop()
    return [Term(tuple(found), negated=negated, phrase=" ".join(text.split()))]


def _bare(text: str, *, negated: bool) -> list[Term]:
    # "Súdwest-Fryslân" is two words that must both occur.
    return [Term((word,), negated=negated) for word in words(text) if word not in STOPWORDS]
