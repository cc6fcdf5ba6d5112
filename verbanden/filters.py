"""FilterSets for the registry lists. Filters live in the query string, so every view bookmarks."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef

from samenwerking import search

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


class VerbandFilterSet(django_filters.FilterSet):
    """Filters for the verbanden list; several values in one field combine as OR."""

    q = django_filters.CharFilter(
        label="Zoeken", method="filter_q", help_text="Naam, afkorting of omschrijving."
    )
    juridische_vorm = django_filters.MultipleChoiceFilter(
        label="Juridische vorm",
        choices=choices.grouped_juridische_vormen(),
        widget=forms.CheckboxSelectMultiple,
    )
    taaktype = django_filters.MultipleChoiceFilter(
        label="Taaktype", choices=choices.Taaktype.choices, widget=forms.CheckboxSelectMultiple
    )
    domein = django_filters.ModelMultipleChoiceFilter(
        label="Domein",
        queryset=Domein.objects.all(),
        to_field_name="slug",
        method="filter_domein",
        help_text="Een hoofddomein omvat zijn subdomeinen.",
    )
    provincie = django_filters.ModelMultipleChoiceFilter(
        label="Provincie",
        queryset=Provincie.objects.all(),
        to_field_name="slug",
        method="filter_provincie",
        widget=forms.CheckboxSelectMultiple,
    )
    gemeente = django_filters.ModelMultipleChoiceFilter(
        label="Gemeente (een van deze)",
        queryset=Gemeente.objects.current(),
        to_field_name="slug",
        method="filter_gemeente",
        help_text="Verbanden waarin ten minste één van de gekozen gemeenten deelneemt.",
    )
    gemeenten_alle = django_filters.ModelMultipleChoiceFilter(
        label="Gemeenten (allemaal)",
        queryset=Gemeente.objects.current(),
        to_field_name="slug",
        method="filter_gemeenten_alle",
        help_text="Verbanden waarin al deze gemeenten deelnemen.",
    )
    fase = django_filters.MultipleChoiceFilter(
        label="Fase", choices=choices.Fase.choices, widget=forms.CheckboxSelectMultiple
    )
    schaal = django_filters.MultipleChoiceFilter(
        label="Schaal",
        choices=choices.Schaal.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Afgeleid van de huidige deelnemers.",
    )
    initiatief = django_filters.MultipleChoiceFilter(
        label="Initiatief", choices=choices.Initiatief.choices, widget=forms.CheckboxSelectMultiple
    )
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

    def filter_q(self, queryset, name, value):
        # The site's Dutch search (stems, prefixes, accents, approximate names), so that this
        # box finds what the search page finds; the list keeps its own sorting.
        query = search.parse(value)
        if not query:
            return queryset if not value.strip() else queryset.none()
        return search.search(queryset, query)

    def filter_domein(self, queryset, name, value):
        if not value:
            return queryset
        ids = {d.pk for d in value}
        ids |= set(Domein.objects.filter(hoofddomein__in=ids).values_list("pk", flat=True))
        through = Samenwerkingsverband.domeinen.through
        return queryset.filter(
            Exists(through.objects.filter(samenwerkingsverband=OuterRef("pk"), domein__in=ids))
        )

    def filter_provincie(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(_active_deelname_in(gemeente__provincie__in=value))

    def filter_gemeente(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(_active_deelname_in(gemeente__in=value))

    def filter_gemeenten_alle(self, queryset, name, value):
        for gemeente in value:
            queryset = queryset.filter(_active_deelname_in(gemeente=gemeente))
        return queryset


MAX_GEMEENTE_ZOEKTEKST = Gemeente._meta.get_field("naam").max_length


class GemeenteFilterSet(django_filters.FilterSet):
    """Search the gemeenten by name or CBS code, per provincie."""

    q = django_filters.CharFilter(
        label="Zoek een gemeente",
        method="filter_q",
        help_text="Naam of CBS-code, bijvoorbeeld Zwolle of 0193.",
    )
    provincie = django_filters.ModelChoiceFilter(
        label="Provincie",
        queryset=Provincie.objects.all(),
        to_field_name="slug",
        empty_label="Alle provincies",
    )
    opgeheven = django_filters.BooleanFilter(
        label="Ook opgeheven gemeenten tonen",
        method="filter_opgeheven",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Gemeente
        fields: list[str] = []

    @property
    def qs(self):
        qs = super().qs
        toon_opgeheven = (
            self.is_bound and self.form.is_valid() and self.form.cleaned_data.get("opgeheven")
        )
        return qs if toon_opgeheven else qs.current()

    def filter_q(self, queryset, name, value):
        # No gemeente name is longer; SQLite refuses LIKE patterns of many thousands of characters.
        value = value.strip()[:MAX_GEMEENTE_ZOEKTEKST]
        code = value.upper().removeprefix("GM")
        if code.isdigit():
            return queryset.filter(code=code.zfill(4))
        return queryset.filter(naam__icontains=value)

    def filter_opgeheven(self, queryset, name, value):
        return queryset  # handled in ``qs`` so that the default (unchecked) hides them
