"""The kennisbank's search form and facets. Several values in one facet combine as OR."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from verbanden.models import Domein, Gemeente, Samenwerkingsverband

from . import choices
from .models import Publicatie, Thema

FACETS = ("soort", "thema", "jaar", "domein")


class YearsField(forms.MultipleChoiceField):
    """Any year a date can have: the facet offers the years that occur, whatever they are."""

    def valid_value(self, value) -> bool:
        return str(value).isdigit() and 1 <= int(value) <= 9999


class YearsFilter(django_filters.MultipleChoiceFilter):
    field_class = YearsField


class PublicatieFilterSet(django_filters.FilterSet):
    soort = django_filters.MultipleChoiceFilter(
        label="Soort", choices=choices.Soort.choices, widget=forms.CheckboxSelectMultiple
    )
    thema = django_filters.ModelMultipleChoiceFilter(
        label="Thema",
        queryset=Thema.objects.all(),
        to_field_name="slug",
        method="filter_thema",
        widget=forms.CheckboxSelectMultiple,
    )
    jaar = YearsFilter(label="Jaar", method="filter_jaar", widget=forms.CheckboxSelectMultiple)
    domein = django_filters.ModelMultipleChoiceFilter(
        label="Domein",
        queryset=Domein.objects.all(),
        to_field_name="slug",
        method="filter_domein",
        widget=forms.CheckboxSelectMultiple,
    )

    # Not facets: the "publicaties over dit verband / deze gemeente" links lead here.
    verband = django_filters.CharFilter(method="filter_verband", widget=forms.HiddenInput)
    gemeente = django_filters.CharFilter(method="filter_gemeente", widget=forms.HiddenInput)

    class Meta:
        model = Publicatie
        fields: list[str] = []

    def filter_thema(self, queryset, name, value):
        if not value:
            return queryset
        through = Publicatie.themas.through
        return queryset.filter(
            Exists(through.objects.filter(publicatie=OuterRef("pk"), thema__in=value))
        )

    def filter_domein(self, queryset, name, value):
        if not value:
            return queryset
        through = Publicatie.domeinen.through
        return queryset.filter(
            Exists(through.objects.filter(publicatie=OuterRef("pk"), domein__in=value))
        )

    def filter_jaar(self, queryset, name, value):
        return (
            queryset.filter(verschenen_op__year__in=[int(j) for j in value]) if value else queryset
        )

    def filter_verband(self, queryset, name, value):
        verband = Samenwerkingsverband.objects.filter(slug=value).first()
        return queryset.about_verband(verband) if verband else queryset.none()

    def filter_gemeente(self, queryset, name, value):
        gemeente = Gemeente.objects.filter(slug=value).first()
        return queryset.about_gemeente(gemeente) if gemeente else queryset.none()

    def without(self, facet: str, queryset):
        """``queryset`` filtered by every valid filter except facet ``facet``."""
        if not self.is_bound:
            return queryset
        self.form.is_valid()  # an unknown value in one facet leaves the others working
        cleaned = self.form.cleaned_data
        for name in self.filters:
            if name != facet and cleaned.get(name):
                queryset = self.filters[name].filter(queryset, cleaned[name])
        return queryset
