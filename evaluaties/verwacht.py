"""Which verbanden are due for an evaluation: their last one is older than their evaluatietermijn."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone

from samenwerking.dates import add_years
from verbanden.models import Samenwerkingsverband

from . import choices
from .models import Evaluatie


@dataclass
class Verwacht:
    verband: Samenwerkingsverband
    laatste_evaluatie: datetime.date | None
    verwacht_sinds: datetime.date


def evaluatie_verwacht(user, verbanden=None, today: datetime.date | None = None) -> list[Verwacht]:
    """Active verbanden with an evaluatietermijn whose last definitive evaluation (that ``user``
    may see) is older than that termijn; without any evaluation, counted from the oprichting.

    The termijn differs per verband, so the date arithmetic is done here rather than in SQL
    (the same on SQLite and PostgreSQL); the query itself is one, whatever the number of rows.
    """
    today = today or timezone.localdate()
    verbanden = verbanden if verbanden is not None else Samenwerkingsverband.objects.all()
    laatste = (
        Evaluatie.objects.visible_to(user)
        .filter(verband=OuterRef("pk"), status=choices.Status.DEFINITIEF)
        .values("verband")
        .annotate(laatste=Max("uitgevoerd_op"))
        .values("laatste")
    )
    rows = (
        verbanden.filter(evaluatietermijn_jaren__isnull=False, opgeheven_op__isnull=True)
        .exclude(fase="beeindigd")
        .annotate(laatste_evaluatie=Subquery(laatste))
        .order_by("naam")
    )
    result = []
    for verband in rows:
        start = verband.laatste_evaluatie or verband.opgericht_op
        if start is None:
            continue
        verwacht_sinds = add_years(start, verband.evaluatietermijn_jaren)
        if verwacht_sinds <= today:
            result.append(Verwacht(verband, verband.laatste_evaluatie, verwacht_sinds))
    result.sort(key=lambda v: v.verwacht_sinds)
    return result
