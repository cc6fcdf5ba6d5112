"""The base of every list's FilterSet and the filters the lists share.

A FilterSet is the single definition of what a filter means: the list page, its facets, the
feeds, the exports and (later) the API all filter through it. Conventions for every list:
several values in one field combine as OR, ``q`` is the Dutch site search, a value that is not
valid is ignored and reported while the other filters still apply, and the query-string names
for paging (``pagina``, ``per_pagina``) and sorting (``sortering``) are the same everywhere.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractYear

from . import search

SORT_PARAM = "sortering"
PAGE_PARAM = "pagina"
PAGE_SIZE_PARAM = "per_pagina"
# Query-string names that choose how a list is shown, not what is in it.
PRESENTATION_PARAMS = frozenset({SORT_PARAM, PAGE_PARAM, PAGE_SIZE_PARAM})


class PortalFilterSet(django_filters.FilterSet):
    """FilterSet with the portal's conventions (see the module docstring).

    Always bind it, also to an empty query string (``data or {}``): the defaults (order,
    filters that apply when not chosen) are part of what the filters mean.
    """

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data if data is not None else {}, *args, **kwargs)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get(SORT_PARAM):
            queryset = self.default_order(queryset)
        return queryset

    def default_order(self, queryset: QuerySet) -> QuerySet:
        """The order when no ``sortering`` was chosen; the queryset's own by default."""
        return queryset

    @property
    def is_active(self) -> bool:
        """Whether the query string chooses any filter (sorting and paging do not count)."""
        data = self.data
        return any(
            str(value).strip()
            for name in self.filters
            if name not in PRESENTATION_PARAMS
            for value in (data.getlist(name) if hasattr(data, "getlist") else [data.get(name)])
            if value is not None
        )

    def described(self) -> list[tuple[str, str]]:
        """(label, chosen value) of every filter that narrows the list, for an export."""
        self.form.is_valid()
        described = []
        for name, value in self.form.cleaned_data.items():
            if name in PRESENTATION_PARAMS or value in (None, "", False) or value == []:
                continue
            field = self.form.fields[name]
            # Labels of plain choices; model choices already show as their objects.
            is_model = isinstance(field, forms.ModelChoiceField)
            labels = {} if is_model else dict(_flat_choices(list(getattr(field, "choices", ()))))
            items = value if isinstance(value, (list, tuple, QuerySet)) else [value]
            if not len(items):
                continue
            text = ", ".join(str(labels.get(item, item)) for item in items)
            described.append((str(field.label or name), text))
        return described

    @property
    def ignored(self) -> list[str]:
        """Labels of the filters whose value was not valid and is therefore ignored."""
        return [str(self.form.fields[name].label or name) for name in self.form.errors]

    def without(self, name: str, queryset: QuerySet) -> QuerySet:
        """``queryset`` filtered by every valid filter except ``name`` (for facet counts)."""
        self.form.is_valid()
        for other, value in self.form.cleaned_data.items():
            if other != name and other != SORT_PARAM:
                queryset = self.filters[other].filter(queryset, value)
        return queryset

    @property
    def query(self) -> search.Query | None:
        """The parsed search words, when the FilterSet has a ``q`` that holds any."""
        if "q" not in self.filters:
            return None
        self.form.is_valid()
        return search.parse(self.form.cleaned_data.get("q")) or None


def _flat_choices(choices):
    """(value, label) pairs, also out of grouped choices."""
    for value, label in choices:
        if isinstance(label, (list, tuple)):
            yield from label
        else:
            yield value, label


class SearchFilter(django_filters.CharFilter):
    """``q``: the site's Dutch search (stems, prefixes, accents, approximate names), so a list's
    search box finds what the search page finds. Words that leave nothing to look for (only stop
    words or exclusions) give no results rather than everything."""

    def __init__(self, **kwargs):
        # No max_length: a long query is cut by ``search.parse`` and the page says so.
        kwargs.setdefault("label", "Zoeken")
        super().__init__(**kwargs)

    def filter(self, queryset, value):
        if not value or not value.strip():
            return queryset
        query = search.parse(value)
        return search.search(queryset, query) if query else queryset.none()


# ---------------------------------------------------------------------------------------------
# Facets: filters that can count, per option, how many results that option gives.


class FacetMixin:
    """A multiple-choice filter that can also count its options (``samenwerking/facets.py``)."""

    def facet_options(self) -> list[tuple[str, str]]:
        """(query-string value, label) of every option, in display order."""
        return [(str(value), str(label)) for value, label in self.field.choices if value != ""]

    def facet_counts(self, queryset: QuerySet) -> dict[str, int]:
        """How many rows of ``queryset`` each option matches."""
        rows = queryset.order_by().values(self.field_name).annotate(n=Count("pk", distinct=True))
        return {str(row[self.field_name]): row["n"] for row in rows}


class ChoiceFacet(FacetMixin, django_filters.MultipleChoiceFilter):
    """A choice column; several values are OR."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(**kwargs)

    def facet_options(self) -> list[tuple[str, str]]:
        # Grouped choices (juridische vorm per categorie) are offered flat, in order.
        options = []
        for value, label in self.extra["choices"]:
            if isinstance(label, (list, tuple)):
                options += [(str(v), str(sub)) for v, sub in label]
            else:
                options.append((str(value), str(label)))
        return options


class RelatedFacet(FacetMixin, django_filters.ModelMultipleChoiceFilter):
    """Rows related to any of the chosen objects (``field_name`` is the path to them, chosen by
    ``to_field_name``, usually the slug). Filtered through a subquery on the primary key, so
    that rows with several matches appear once and the list keeps its annotations."""

    def __init__(self, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(**kwargs)

    def related_q(self, objects) -> Q:
        """Which rows match the chosen ``objects``."""
        return Q(**{f"{self.field_name}__in": objects})

    def filter(self, queryset, value):
        if not value:
            return queryset
        matching = queryset.model._base_manager.filter(self.related_q(value)).values("pk")
        return queryset.filter(pk__in=matching)

    def facet_options(self) -> list[tuple[str, str]]:
        return [(getattr(obj, self.field.to_field_name), str(obj)) for obj in self.queryset]

    def facet_counts(self, queryset: QuerySet) -> dict[str, int]:
        path = f"{self.field_name}__{self.field.to_field_name}"
        rows = queryset.order_by().values(path).annotate(n=Count("pk", distinct=True))
        return {row[path]: row["n"] for row in rows if row[path] is not None}


class YearsField(forms.MultipleChoiceField):
    """Any year a date can have: the facet offers the years that occur, whatever they are."""

    def valid_value(self, value) -> bool:
        return str(value).isdigit() and 1 <= int(value) <= 9999


class YearFacet(FacetMixin, django_filters.MultipleChoiceFilter):
    """The year of a date column; the options are the years that occur, newest first."""

    field_class = YearsField

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(**kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(**{f"{self.field_name}__year__in": [int(year) for year in value]})

    def facet_options(self) -> list[tuple[str, str]]:
        return []  # the years come from the counts

    def facet_counts(self, queryset: QuerySet) -> dict[str, int]:
        rows = (
            queryset.order_by()
            .annotate(facet_year=ExtractYear(self.field_name))
            .values("facet_year")
            .annotate(n=Count("pk", distinct=True))
        )
        return {str(row["facet_year"]): row["n"] for row in rows}
