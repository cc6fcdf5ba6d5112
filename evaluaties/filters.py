"""Filters for the evaluaties overview."""

import django_filters
from django import forms
from django.db.models.functions import ExtractYear

from verbanden.models import Domein

from . import choices
from .models import Evaluatie


class EvaluatieFilterSet(django_filters.FilterSet):
    soort = django_filters.MultipleChoiceFilter(
        label="Soort", choices=choices.Soort.choices, widget=forms.CheckboxSelectMultiple
    )
    jaar = django_filters.ChoiceFilter(
        label="Jaar", field_name="uitgevoerd_op", lookup_expr="year", empty_label="Alle jaren"
    )
    domein = django_filters.ModelChoiceFilter(
        label="Domein",
        queryset=Domein.objects.all(),
        to_field_name="slug",
        field_name="verband__domeinen",
        empty_label="Alle domeinen",
    )
    status = django_filters.ChoiceFilter(
        label="Status", choices=choices.Status.choices, empty_label="Alle"
    )

    class Meta:
        model = Evaluatie
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = (
            self.queryset.annotate(jaar=ExtractYear("uitgevoerd_op"))
            .order_by("-jaar")
            .values_list("jaar", flat=True)
            .distinct()
        )
        # Only years of evaluations the user may see: the queryset is already visible_to(user).
        self.filters["jaar"].extra["choices"] = [(str(y), str(y)) for y in years]
