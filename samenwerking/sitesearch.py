"""One search box for the whole portal: verbanden, gemeenten, evaluaties and publicaties.

Each kind is searched in what the person may see (hidden evaluaties and concept publicaties
never appear, not even as a count) through the ``q`` filter of its own list's FilterSet, so the
search page finds exactly what that list's search box finds; ranked on its own, and shown as a
group; a group can be opened on its own with paging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F, QuerySet

from evaluaties.filters import EvaluatieFilterSet
from evaluaties.models import Evaluatie
from kennisbank.filters import PublicatieFilterSet
from kennisbank.models import Publicatie
from verbanden.filters import GemeenteFilterSet, VerbandFilterSet
from verbanden.models import Gemeente, Samenwerkingsverband

from . import search
from .filters import PortalFilterSet


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    queryset: Callable[[object], QuerySet]
    filterset: type[PortalFilterSet]
    # Ties in rank are broken by these, so pages never overlap.
    tiebreak: tuple[str, ...]
    # Filters that always apply on the search page.
    fixed: tuple[tuple[str, str], ...] = ()


KINDS = (
    Kind(
        "verbanden",
        "Samenwerkingsverbanden",
        lambda user: Samenwerkingsverband.objects.all(),
        VerbandFilterSet,
        ("naam", "pk"),
    ),
    Kind(
        "gemeenten",
        "Gemeenten",
        lambda user: Gemeente.objects.select_related("provincie", "opgegaan_in"),
        GemeenteFilterSet,
        (F("opgeheven_op").desc(nulls_first=True), "naam", "pk"),
        # A gemeente that merged into another is still found, after those of today.
        (("opgeheven", "on"),),
    ),
    Kind(
        "evaluaties",
        "Evaluaties",
        lambda user: Evaluatie.objects.visible_to(user).select_related("verband"),
        EvaluatieFilterSet,
        ("-uitgevoerd_op", "pk"),
    ),
    Kind(
        "publicaties",
        "Publicaties",
        lambda user: Publicatie.objects.visible_to(user),
        PublicatieFilterSet,
        ("-verschenen_op", "pk"),
    ),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}


def results(kind: Kind, user, q: str) -> QuerySet:
    filterset = kind.filterset({"q": q, **dict(kind.fixed)}, queryset=kind.queryset(user))
    if "q" in filterset.form.errors:  # text no search can hold, such as a NUL character
        return filterset.queryset.none()
    return filterset.qs.order_by(F("zoek_rang").desc(), *kind.tiebreak)


def with_snippets(kind: Kind, items: list, query: search.Query) -> list:
    snippets = search.snippets(type(items[0]), [i.pk for i in items], query) if items else {}
    for item in items:
        item.snippet = snippets.get(item.pk)
    return items
