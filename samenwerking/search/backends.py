"""Filter, rank and snippet a queryset of a ``SearchIndexed`` model, on either database.

``search(queryset, query)`` keeps the rows that match and annotates ``zoek_rang``; the caller
orders by it (``order_by("-zoek_rang", ...)``) or not, and pages the result. A row matches when
the full-text query matches its stored index, or when one of its name fields is close enough
to the words typed (trigram ``word_similarity``), which finds abbreviations and typos.
``snippets(model, pks, query)`` returns the highlighted snippet per row, computed for one page
of rows only.
"""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import connections, router
from django.db.models import BooleanField, F, FloatField, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, Concat, Greatest, Least, Substr
from django.db.models.lookups import GreaterThanOrEqual
from django.utils.safestring import SafeString

from . import snippets as snippet_html
from .config import TS_CONFIG
from .query import Query

# word_similarity from this value on counts as a match: "groninegn" ~ "Groningen" is 0.6.
FUZZY_THRESHOLD = 0.5
# The text PostgreSQL parses for a headline; enough for the first matches of a long PDF.
HEADLINE_CHARS = 30_000


def vendor_of(queryset: QuerySet) -> str:
    return connections[queryset.db].vendor


def search(queryset: QuerySet, query: Query) -> QuerySet:
    """``queryset`` narrowed to the rows matching ``query``, annotated with ``zoek_rang``."""
    if not query:
        return queryset.none().annotate(zoek_rang=Value(0.0, output_field=FloatField()))
    backend = (PostgresSearch if vendor_of(queryset) == "postgresql" else SqliteSearch)(query)
    queryset = backend.prepare(queryset)
    matches, rank = backend.matches(), backend.rank()
    fuzzy_fields = queryset.model.search_fuzzy_fields if query.fuzzy_words else ()
    if fuzzy_fields:
        # A name matches approximately when every word typed is close to a part of it.
        words = query.fuzzy_words
        matches |= reduce(
            or_,
            [reduce(and_, [Q(backend.similar(w, name)) for w in words]) for name in fuzzy_fields],
        )
        per_field = [_least([backend.similarity(w, name) for w in words]) for name in fuzzy_fields]
        best = per_field[0] if len(per_field) == 1 else Greatest(*per_field)
        rank = rank + Coalesce(best, Value(0.0))
    return queryset.filter(matches).annotate(zoek_rang=rank)


class PostgresSearch:
    """The stored tsvector with a GIN index; names through trigram indexes on folded text."""

    def __init__(self, query: Query) -> None:
        self.tsquery = postgres_query(query)

    def prepare(self, queryset: QuerySet) -> QuerySet:
        return queryset

    def matches(self) -> Q:
        return Q(zoekvector=self.tsquery)

    def rank(self):
        return Coalesce(SearchRank(F("zoekvector"), self.tsquery), Value(0.0))

    def similarity(self, word: str, name: str):
        # Both sides without accents, as the full-text side: "sudwst" ~ "Súdwest-Fryslân".
        return TrigramWordSimilarity(Value(word), Folded(F(name)))

    def similar(self, word: str, name: str):
        # The operator form, which the trigram index on the folded name can answer.
        return WordSimilar(Value(word), Folded(F(name)))


class SqliteSearch:
    """The stored stems, read by the Python functions registered on the connection."""

    def __init__(self, query: Query) -> None:
        self.text_rank = Func(
            F("zoektermen"),
            Value(query.as_json),
            function="sp_search_rank",
            output_field=FloatField(),
        )

    def prepare(self, queryset: QuerySet) -> QuerySet:
        return queryset.alias(zoek_tekstrang=self.text_rank)

    def matches(self) -> Q:
        return Q(zoek_tekstrang__gt=0)

    def rank(self):
        return F("zoek_tekstrang")

    def similarity(self, word: str, name: str):
        return Func(Value(word), F(name), function="sp_word_similarity", output_field=FloatField())

    def similar(self, word: str, name: str):
        return GreaterThanOrEqual(self.similarity(word, name), FUZZY_THRESHOLD)


def _least(expressions: list):
    return expressions[0] if len(expressions) == 1 else Least(*expressions)


class Folded(Func):
    """The accent-folded text, as indexed (see samenwerking migration 0004)."""

    function = "public.sp_unaccent"
    output_field = TextField()


class WordSimilar(Func):
    """``word <% text``: pg_trgm's word similarity at least ``pg_trgm.word_similarity_threshold``
    (set to FUZZY_THRESHOLD on every connection, see ``samenwerking.apps``)."""

    template = "%(expressions)s"
    arg_joiner = " <%% "
    output_field = BooleanField()


def postgres_query(query: Query):
    """The query as PostgreSQL tsquery expressions, combined with && / || / !!."""

    def term_query(term):
        if term.is_phrase:
            # Parsed like the documents, so hyphenated names keep their positions.
            found = SearchQuery(term.phrase, search_type="phrase", config=TS_CONFIG)
        elif term.prefix:
            word = term.words[0]
            found = SearchQuery(f"{word}:*", search_type="raw", config=TS_CONFIG) | SearchQuery(
                f"{word}:*", search_type="raw", config="simple"
            )
        else:
            found = SearchQuery(term.words[0], search_type="plain", config=TS_CONFIG)
        return ~found if term.negated else found

    clauses = [reduce(or_, [term_query(t) for t in clause]) for clause in query.clauses]
    return reduce(and_, clauses)


def snippets(
    model, pks: list[int], query: Query, *, using: str | None = None
) -> dict[int, SafeString]:
    """Highlighted snippet per pk, from ``model.search_snippet_fields``, safe to render."""
    fields = model.search_snippet_fields
    if not pks or not fields or not query:
        return {}
    using = using or router.db_for_read(model)
    queryset = model._base_manager.using(using).filter(pk__in=pks)
    if connections[using].vendor == "postgresql":
        parts = []
        for name in fields:
            parts += [Coalesce(F(name), Value(""), output_field=TextField()), Value(" \n ")]
        document = Substr(Concat(*parts, output_field=TextField()), 1, HEADLINE_CHARS)
        headline = SearchHeadline(
            document,
            postgres_query(query),
            config=TS_CONFIG,
            start_sel=snippet_html.START,
            stop_sel=snippet_html.STOP,
            max_words=35,
            min_words=15,
            max_fragments=2,
            fragment_delimiter=f" {snippet_html.ELLIPSIS} ",
        )
        rows = queryset.annotate(zoek_snippet=headline).values_list("pk", "zoek_snippet")
        return {pk: snippet_html.to_html(text or "") for pk, text in rows}
    rows = queryset.values_list("pk", *fields)
    return {
        pk: snippet_html.highlight(" \n ".join(t for t in texts if t), query) for pk, *texts in rows
    }
