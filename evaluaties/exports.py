"""The columns of the evaluaties download (samenwerking/exports.py), with a score column per
criterium: ``score_1`` is the first randvoorwaarde in the order of the criteria."""

from __future__ import annotations

from samenwerking.exports import DATE, INTEGER, Column, fields

from .models import Criterium

BASE_COLUMNS = [
    Column("id", lambda e: e.pk, INTEGER, description="Vaste sleutel van de evaluatie"),
    Column("verband", lambda e: e.verband.slug, width=30, description="Slug van het verband"),
    Column("verband_naam", lambda e: e.verband.naam, width=40),
    *fields("titel soort uitvoerder"),
    *fields("uitgevoerd_op", DATE),
    *fields("status openbaar samenvatting conclusies"),
]


def _score(criterium_pk: int):
    def value(evaluatie):
        for beoordeling in evaluatie.beoordelingen.all():
            if beoordeling.criterium_id == criterium_pk:
                return beoordeling.score
        return None

    return value


def evaluatie_columns() -> list[Column]:
    criteria = Criterium.objects.order_by("volgorde", "naam")
    return BASE_COLUMNS + [
        Column(f"score_{index}", _score(criterium.pk), INTEGER, description=criterium.naam)
        for index, criterium in enumerate(criteria, start=1)
    ]


def with_scores(queryset):
    return queryset.prefetch_related("beoordelingen")
