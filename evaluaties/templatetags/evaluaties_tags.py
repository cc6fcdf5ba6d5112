"""Evaluations shown on registry pages (verband, gemeente) without verbanden importing evaluaties."""

from django import template
from django.db.models import Prefetch

from verbanden.models import Samenwerkingsverband

from ..charts import score_chart
from ..models import Beoordeling, Evaluatie
from ..verwacht import evaluatie_verwacht

register = template.Library()


@register.inclusion_tag("evaluaties/includes/verband_evaluaties.html", takes_context=True)
def verband_evaluaties(context, verband):
    """Timeline of a verband's evaluations with the score chart, as far as the user may see."""
    user = context["request"].user
    evaluaties = list(
        Evaluatie.objects.visible_to(user)
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
        "request": context["request"],
        "user": user,
        "verband": verband,
        "evaluaties": evaluaties,
        "tijdlijn": list(reversed(evaluaties)),
        "grafiek": score_chart(evaluaties, criteria) if evaluaties and criteria else None,
    }


@register.simple_tag(takes_context=True)
def evaluaties_verwacht_voor(context, verbanden):
    """The verbanden (of a gemeente, say) that are due for an evaluation."""
    ids = [v.pk for v in verbanden]
    return evaluatie_verwacht(
        context["request"].user, Samenwerkingsverband.objects.filter(pk__in=ids)
    )
