"""Filter, rank and snippet a queryset of a ``SearchIndexed`` model, on either database.

``search(queryset, query)`` keeps the rows that match and annotates ``zoek_rang``; the caller
orders by it (``order_by("-zoek_rang", ...)``) or not, and pages the result. A row matches when
the full-text query matches its stored index, or when one of its name fields is close enough
to the words typed (trigram ``word_similarity``), which finds abbreviations and typos.
``snippets(model, pks, query)`` returns the highlighted snippet per row, computed for one page
of rows only.
"""

from __future__ import annotations

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramWordSimilarity,
)
from django.db import connections, router
from django.db.models import F, FloatField, Func, Q, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, Concat, Greatest, Substr
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
        return queryset.none()
    model = queryset.model
    if vendor_of(queryset) == "postgresql":
        fts = SearchQuery(query.tsquery(), search_type="raw", config=TS_CONFIG)
        text_rank = Coalesce(SearchRank(F("zoekvector"), fts), Value(0.0))
        matches = Q(zoekvector=fts)
        similarity = [
            TrigramWordSimilarity(Value(query.fuzzy_text), f) for f in model.search_fuzzy_fields
        ]
    else:
        text_rank = Func(
            F("zoektermen"),
            Value(query.as_json),
            function="sp_search_rank",
            output_field=FloatField(),
        )
        matches = Q(zoek_tekstrang__gt=0)
        similarity = [
            Func(
                Value(query.fuzzy_text),
                F(f),
                function="sp_word_similarity",
                output_field=FloatField(),
            )
            for f in model.search_fuzzy_fields
        ]
    queryset = queryset.alias(zoek_tekstrang=text_rank)
    rank = F("zoek_tekstrang")
    if similarity and query.fuzzy_text:
        best = similarity[0] if len(similarity) == 1 else Greatest(*similarity)
        queryset = queryset.alias(zoek_gelijkenis=Coalesce(best, Value(0.0)))
        matches = matches | Q(zoek_gelijkenis__gte=FUZZY_THRESHOLD)
        rank = rank + F("zoek_gelijkenis")
    return queryset.filter(matches).annotate(zoek_rang=rank)


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
            SearchQuery(query.tsquery(), search_type="raw", config=TS_CONFIG),
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
