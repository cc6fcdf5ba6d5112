"""Kennisbank pieces for pages of other apps: the registry shows publicaties without importing
the kennisbank (the registry never depends on the other apps)."""

from __future__ import annotations

from django import template
from django.urls import reverse

from ..models import Publicatie

register = template.Library()

SHOWN = 10


@register.inclusion_tag("kennisbank/includes/publicaties_over.html", takes_context=True)
def publicaties_over_verband(context, verband):
    """Publicaties about this verband, as far as the user may see them."""
    publicaties = (
        Publicatie.objects.visible_to(context["request"].user)
        .over_verband(verband)
        .order_by("-verschenen_op", "pk")
    )
    return {
        "publicaties": list(publicaties[: SHOWN + 1]),
        "shown": SHOWN,
        "kop": "Publicaties over dit verband",
        "leeg": "Er zijn nog geen publicaties over dit verband in de kennisbank.",
        "feed_url": None,
        "meer_url": f"{reverse('kennisbank:publicatie_list')}?verband={verband.slug}",
    }


@register.inclusion_tag("kennisbank/includes/publicaties_over.html", takes_context=True)
def publicaties_over_gemeente(context, gemeente):
    """Publicaties about this gemeente or a verband it takes part in."""
    publicaties = (
        Publicatie.objects.visible_to(context["request"].user)
        .over_gemeente(gemeente)
        .order_by("-verschenen_op", "pk")
    )
    return {
        "publicaties": list(publicaties[: SHOWN + 1]),
        "shown": SHOWN,
        "kop": "Publicaties over deze gemeente",
        "leeg": "Er zijn nog geen publicaties over deze gemeente of haar samenwerkingsverbanden.",
        "feed_url": gemeente.slug,
        "meer_url": f"{reverse('kennisbank:publicatie_list')}?gemeente={gemeente.slug}",
    }
