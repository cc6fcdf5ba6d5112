"""FilterSets for the registry lists. Filters live in the query string, so every view bookmarks."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce

from samenwerking.filters import ChoiceFacet, PortalFilterSet, RelatedFacet, SearchFilter

from . import choices
from .models import Deelname, Domein, Gemeente, Provincie, Samenwerkingsverband


def _active_deelname_in(**lookup) -> Exists:
    return Exists(Deelname.objects.active().filter(verband=OuterRef("pk"), **lookup))


class VerbandOrderingFilter(django_filters.OrderingFilter):
    """Unknown values (no date of oprichting) sort last on every database, and equal values
    by name, so that pages never overlap or skip rows."""

    def filter(self, qs, value):
        if not value:
            return qs
        expressions = []
        for param in value:
            field = self.get_ordering_value(param)
            if field.startswith("-"):
                expressions.append(F(field[1:]).desc(nulls_last=True))
            else:
                expressions.append(F(field).asc(nulls_last=True))
        return qs.order_by(*expressions, "naam", "pk")


class DomeinFilter(RelatedFacet):
    """``domein``: a domein includes its subdomeinen, on every list, facet and feed.

    ``field_name`` is the path from the listed model to its domeinen (``domeinen``,
    ``verband__domeinen``). Several domeinen combine as OR.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Domein")
        kwargs.setdefault("queryset", Domein.objects.all())
        kwargs.setdefault("help_text", "Een hoofddomein omvat zijn subdomeinen.")
        super().__init__(**kwargs)

    def related_q(self, objects) -> Q:
        return super().related_q(objects) | Q(**{f"{self.field_name}__hoofddomein__in": objects})

    def facet_counts(self, queryset) -> dict[str, int]:
        # A subdomein counts the rows tagged with it; a hoofddomein the rows tagged with it or
        # with any of its subdomeinen, each row once: grouped by the top of each tag.
        path = self.field_name
        rows = queryset.order_by()
        direct = {
            row[path]: row["n"]
            for row in rows.values(path).annotate(n=Count("pk", distinct=True))
            if row[path] is not None
        }
        top = {
            row["top"]: row["n"]
            for row in rows.annotate(top=Coalesce(f"{path}__hoofddomein", path))
            .values("top")
            .annotate(n=Count("pk", distinct=True))
            if row["top"] is not None
        }
        return {
            domein.slug: top.get(domein.pk, 0)
            if domein.hoofddomein_id is None
            else direct.get(domein.pk, 0)
            for domein in self.queryset
        }


class ProvincieFacet(RelatedFacet):
    """Verbanden in which a gemeente of the provincie takes part today."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(_active_deelname_in(gemeente__provincie__in=value))

    def facet_counts(self, queryset) -> dict[str, int]:
        rows = (
            Deelname.objects.active()
            .filter(verband__in=queryset.order_by().values("pk"))
            .values("gemeente__provincie__slug")
            .annotate(n=Count("verband", distinct=True))
        )
        return {row["gemeente__provincie__slug"]: row["n"] for row in rows}


class GemeentenFilter(django_filters.ModelMultipleChoiceFilter):
    """Gemeenten of today, chosen by slug."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Gemeente.objects.current(), to_field_name="slug", **kwargs)


class VerbandFilterSet(PortalFilterSet):
    """Filters for the verbanden list; several values in one field combine as OR."""

    q = SearchFilter(help_text="Naam, afkorting of omschrijving.")
    juridische_vorm = ChoiceFacet(
        label="Juridische vorm", choices=choices.grouped_juridische_vormen()
    )
    taaktype = ChoiceFacet(label="Taaktype", choices=choices.Taaktype.choices)
    domein = DomeinFilter(field_name="domeinen")
    provincie = ProvincieFacet(label="Provincie", queryset=Provincie.objects.all())
    gemeente = GemeentenFilter(
        label="Gemeente (een van deze)",
        method="filter_gemeente",
        help_text="Verbanden waarin ten minste één van de gekozen gemeenten deelneemt.",
    )
    gemeenten_alle = GemeentenFilter(
        label="Gemeenten (allemaal)",
        method="filter_gemeenten_alle",
        help_text="Verbanden waarin al deze gemeenten deelnemen.",
    )
    fase = ChoiceFacet(label="Fase", choices=choices.Fase.choices)
    # Derived from the deelnemers per row: filterable, but not counted (that would compute the
    # schaal of every verband in the result).
    schaal = django_filters.MultipleChoiceFilter(
        label="Schaal",
        choices=choices.Schaal.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Afgeleid van de huidige deelnemers.",
    )
    initiatief = ChoiceFacet(label="Initiatief", choices=choices.Initiatief.choices)
    sortering = VerbandOrderingFilter(
        label="Sorteren op",
        fields=(
            ("naam", "naam"),
            ("opgericht_op", "opgericht"),
            ("aantal_gemeenten", "gemeenten"),
        ),
        # django-filter keys ascending labels by field name, descending ones by "-param".
        field_labels={
            "naam": "Naam (A-Z)",
            "-naam": "Naam (Z-A)",
            "opgericht_op": "Oprichting (oudste eerst)",
            "-opgericht": "Oprichting (nieuwste eerst)",
            "aantal_gemeenten": "Aantal gemeenten (minste eerst)",
            "-gemeenten": "Aantal gemeenten (meeste eerst)",
        },
        # Without a choice the list is sorted by name: say so instead of offering it twice.
        empty_label=None,
    )

    class Meta:
        model = Samenwerkingsverband
        fields: list[str] = []

    def filter_gemeente(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(_active_deelname_in(gemeente__in=value))

    def filter_gemeenten_alle(self, queryset, name, value):
        for gemeente in value:
            queryset = queryset.filter(_active_deelname_in(gemeente=gemeente))
        return queryset


class GemeenteSearchFilter(SearchFilter):
    """The site search, and a CBS code (``0193``, ``193``, ``GM0193``) finds its gemeente."""

    def filter(self, queryset, value):
        code = (value or "").strip().upper().removeprefix("GM")
        if code.isdigit() and len(code) <= 4:
            return queryset.filter(code=code.zfill(4))
        return super().filter(queryset, value)


class GemeenteFilterSet(PortalFilterSet):
    """Search the gemeenten by name or CBS code, per provincie."""

    q = GemeenteSearchFilter(
        label="Zoek een gemeente", help_text="Naam of CBS-code, bijvoorbeeld Zwolle of 0193."
    )
    provincie = django_filters.ModelMultipleChoiceFilter(
        label="Provincie",
        field_name="provincie__slug",
        queryset=Provincie.objects.all(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    opgeheven = django_filters.BooleanFilter(
        label="Ook opgeheven gemeenten tonen",
        method="filter_opgeheven",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Gemeente
        fields: list[str] = []

    def filter_opgeheven(self, queryset, name, value):
        # Unchecked (also: not in the query string) shows only the gemeenten of today.
        return queryset if value else queryset.current()
