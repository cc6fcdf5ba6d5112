"""What the evaluaties app shows on registry pages (``samenwerking/sections.py``): the timeline
of a verband's evaluations and, on a gemeente's profile, which of its verbanden are due."""

from __future__ import annotations

from django.db.models import Prefetch

from samenwerking import sections
from verbanden.models import Samenwerkingsverband

from .charts import score_chart
from .models import Beoordeling, Evaluatie
from .verwacht import evaluatie_verwacht


@sections.register("verband.end", "evaluaties/includes/verband_evaluaties.html", order=10)
def verband_evaluaties(context, verband) -> dict:
    """Timeline of a verband's evaluations with the score chart, as far as the user may see."""
    evaluaties = list(
        Evaluatie.objects.visible_to(context["request"].user)
        .filter(verband=verband)
        .order_by("uitgevoerd_op", "pk")
        .prefetch_related(
            Prefetch("beoordelingen", queryset=Beoordeling.objects.select_related("criterium")),
            "aanbevelingen",
        )
    )
    criteria = sorted(
        {b.criterium for e in evaluaties for b in e.beoordelingen.all()},
        key=lambda c: (c.volgorde, c.naam),
    )
    return {
        "verband": verband,
        "evaluaties": evaluaties,
        "tijdlijn": list(reversed(evaluaties)),
        "grafiek": score_chart(evaluaties, criteria) if evaluaties and criteria else None,
    }


@sections.register("gemeente.summary", "evaluaties/includes/evaluatie_verwacht.html")
def evaluatie_verwacht_voor_gemeente(context, gemeente) -> dict:
    """Which of the gemeente's verbanden (``verbanden`` on the profile) are due for an evaluation."""
    ids = [verband.pk for verband in context["verbanden"]]
    return {
        "verwacht": evaluatie_verwacht(
            context["request"].user, Samenwerkingsverband.objects.filter(pk__in=ids)
        )
    }
