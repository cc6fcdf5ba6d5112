"""The columns of the evaluaties download (samenwerking/exports.py), with a score column per
criterium: ``score_1`` is the first randvoorwaarde in the order of the criteria."""

from __future__ import annotations

from django.db.models import Prefetch

from samenwerking.exports import DATE, INTEGER, Column

from .models import Beoordeling, Criterium

BASE_COLUMNS = [
    Column("id", lambda e: e.pk, INTEGER, width=8, description="Vaste sleutel van de evaluatie"),
    Column("verband", lambda e: e.verband.slug, width=30, description="Slug van het verband"),
    Column("verband_naam", lambda e: e.verband.naam, width=40),
    Column("titel", lambda e: e.titel, width=40),
    Column("soort", lambda e: e.soort, width=18),
    Column("uitvoerder", lambda e: e.uitvoerder, width=24),
    Column("uitgevoerd_op", lambda e: e.uitgevoerd_op, DATE, width=12),
    Column("status", lambda e: e.status, width=12),
    Column("openbaar", lambda e: e.openbaar, width=9),
    Column("samenvatting", lambda e: e.samenvatting, width=60),
    Column("conclusies", lambda e: e.conclusies, width=60),
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
        Column(f"score_{index}", _score(criterium.pk), INTEGER, width=9, description=criterium.naam)
        for index, criterium in enumerate(criteria, start=1)
    ]


def with_scores(queryset):
    return queryset.prefetch_related(Prefetch("beoordelingen", queryset=Beoordeling.objects.all()))
