"""Facet counts for the kennisbank list, one query per facet whatever the number of results.

Counts are disjunctive, as in every serious catalogue: the count next to a soort says how many
results there would be with that soort added to the current choice, so each facet is counted
over the results filtered by the *other* facets (and the search words).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear

from verbanden.models import Domein

from . import choices
from .models import Publicatie, Thema


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[Option]

    @property
    def any_selected(self) -> bool:
        return any(option.selected for option in self.options)


def _through_counts(through, column: str, queryset: QuerySet) -> dict[int, int]:
    rows = (
        through.objects.filter(publicatie__in=queryset.order_by().values("pk"))
        .values(column)
        .annotate(n=Count("publicatie"))
    )
    return {row[column]: row["n"] for row in rows}


def facets(filtered_without: dict[str, QuerySet], selected: dict[str, list[str]]) -> list[Facet]:
    """``filtered_without[name]`` is the result set with every filter except facet ``name``."""
    soorten = dict(
        filtered_without["soort"].order_by().values_list("soort").annotate(n=Count("pk"))
    )
    jaren = dict(
        filtered_without["jaar"]
        .order_by()
        .annotate(j=ExtractYear("verschenen_op"))
        .values_list("j")
        .annotate(n=Count("pk"))
    )
    themas = _through_counts(Publicatie.themas.through, "thema", filtered_without["thema"])
    domeinen = _through_counts(Publicatie.domeinen.through, "domein", filtered_without["domein"])

    def options(name, items):
        chosen = set(selected.get(name, []))
        return [
            Option(value, label, count, value in chosen)
            for value, label, count in items
            if count or value in chosen
        ]

    return [
        Facet(
            "soort",
            "Soort",
            options("soort", [(v, label, soorten.get(v, 0)) for v, label in choices.Soort.choices]),
        ),
        Facet(
            "thema",
            "Thema",
            options("thema", [(t.slug, t.naam, themas.get(t.pk, 0)) for t in Thema.objects.all()]),
        ),
        Facet(
            "jaar",
            "Jaar",
            options("jaar", [(str(j), str(j), n) for j, n in sorted(jaren.items(), reverse=True)]),
        ),
        Facet(
            "domein",
            "Domein",
            options(
                "domein",
                [(d.slug, d.naam, domeinen.get(d.pk, 0)) for d in Domein.objects.all()],
            ),
        ),
    ]
