"""Filters for the evaluaties overview (samenwerking/filters.py has the conventions)."""

from samenwerking.filters import ChoiceFacet, PortalFilterSet, SearchFilter, YearFacet
from verbanden.filters import DomeinFilter

from . import choices
from .models import Evaluatie


class EvaluatieFilterSet(PortalFilterSet):
    q = SearchFilter(help_text="Titel, verband, uitvoerder of tekst van de evaluatie.")
    soort = ChoiceFacet(label="Soort", choices=choices.Soort.choices)
    # The years of the evaluations the user may see: the facet counts them from the list's
    # queryset, which is already visible_to(user).
    jaar = YearFacet(label="Jaar", field_name="uitgevoerd_op")
    domein = DomeinFilter(field_name="verband__domeinen")
    status = ChoiceFacet(label="Status", choices=choices.Status.choices)

    class Meta:
        model = Evaluatie
        fields: list[str] = []
