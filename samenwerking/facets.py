"""Facet counts for every list, one query per facet whatever the number of results.

Counts are disjunctive, as in every serious catalogue: the count next to an option says how
many results there would be with that option added to the current choice, so each facet is
counted over the results filtered by the *other* filters (and the search words). What a facet
means and how it counts is defined by its filter (``samenwerking/filters.py`` ``FacetMixin``),
so a facet count always agrees with the list it leads to.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from .filters import FacetMixin, PortalFilterSet


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
    help_text: str = ""

    @property
    def any_selected(self) -> bool:
        return any(option.selected for option in self.options)


def facets(filterset: PortalFilterSet, base: QuerySet) -> list[Facet]:
    """A ``Facet`` for every counting filter of ``filterset`` over ``base`` (the visible rows).

    Options without results are left out, unless chosen: a choice never disappears.
    """
    result = []
    for name, filter_ in filterset.filters.items():
        if not isinstance(filter_, FacetMixin):
            continue
        counts = filter_.facet_counts(filterset.without(name, base))
        chosen = {str(value) for value in _chosen(filterset, name)}
        options = filter_.facet_options() or sorted(
            ((value, value) for value in counts), reverse=True
        )
        field = filterset.form.fields[name]
        result.append(
            Facet(
                name,
                str(field.label),
                [
                    Option(value, label, counts.get(value, 0), value in chosen)
                    for value, label in options
                    if counts.get(value) or value in chosen
                ],
                str(field.help_text or ""),
            )
        )
    return result


def _chosen(filterset: PortalFilterSet, name: str) -> list:
    data = filterset.data
    return data.getlist(name) if hasattr(data, "getlist") else list(data.get(name, []))
