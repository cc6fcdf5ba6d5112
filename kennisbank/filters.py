"""The kennisbank's search, facets and sorting (samenwerking/filters.py has the conventions)."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import F

from samenwerking.filters import (
    SORT_PARAM,
    ChoiceFacet,
    PortalFilterSet,
    RelatedFacet,
    SearchFilter,
    YearFacet,
)
from verbanden.filters import DomeinFilter
from verbanden.models import Gemeente, Samenwerkingsverband

from . import choices
from .models import Publicatie, Thema

SORTERINGEN = {
    "relevantie": ("Relevantie", [F("zoek_rang").desc(), "-verschenen_op", "pk"]),
    "nieuwste": ("Nieuwste eerst", ["-verschenen_op", "titel", "pk"]),
    "oudste": ("Oudste eerst", ["verschenen_op", "titel", "pk"]),
    "titel": ("Titel (A-Z)", ["titel", "pk"]),
}


class PublicatieFilterSet(PortalFilterSet):
    q = SearchFilter(label="Zoeken in de kennisbank")
    soort = ChoiceFacet(label="Soort", choices=choices.Soort.choices)
    thema = RelatedFacet(label="Thema", field_name="themas", queryset=Thema.objects.all())
    jaar = YearFacet(label="Jaar", field_name="verschenen_op")
    domein = DomeinFilter(field_name="domeinen")

    # Not facets: the "publicaties over dit verband / deze gemeente" links lead here.
    verband = django_filters.CharFilter(method="filter_verband", widget=forms.HiddenInput)
    gemeente = django_filters.CharFilter(method="filter_gemeente", widget=forms.HiddenInput)

    sortering = django_filters.ChoiceFilter(
        label="Sorteren op",
        choices=[(key, label) for key, (label, _) in SORTERINGEN.items()],
        method="filter_sortering",
        empty_label=None,
    )

    class Meta:
        model = Publicatie
        fields: list[str] = []

    def filter_verband(self, queryset, name, value):
        verband = Samenwerkingsverband.objects.filter(slug=value).first()
        return queryset.about_verband(verband) if verband else queryset.none()

    def filter_gemeente(self, queryset, name, value):
        gemeente = Gemeente.objects.filter(slug=value).first()
        return queryset.about_gemeente(gemeente) if gemeente else queryset.none()

    @property
    def chosen_order(self) -> str:
        """The chosen order; by relevance only when there are search words to rank by."""
        self.form.is_valid()
        chosen = self.form.cleaned_data.get(SORT_PARAM)
        if chosen and (chosen != "relevantie" or self.query):
            return chosen
        return "relevantie" if self.query else "nieuwste"

    @property
    def order_choices(self) -> list[tuple[str, str]]:
        return [
            (key, label)
            for key, (label, _) in SORTERINGEN.items()
            if self.query or key != "relevantie"
        ]

    def filter_sortering(self, queryset, name, value):
        return self.default_order(queryset)

    def default_order(self, queryset):
        return queryset.order_by(*SORTERINGEN[self.chosen_order][1])
