"""What the kennisbank shows on registry pages (``samenwerking/sections.py``): the publicaties
about a verband or a gemeente, and the gemeente's feed."""

from __future__ import annotations

from django.urls import reverse

from samenwerking import sections

from .models import Publicatie

SHOWN = 10


def _publicaties_over(context, publicaties, filter_name: str, slug: str) -> dict:
    """Up to ``SHOWN`` + 1 of ``publicaties`` the user may see: one more means there are more."""
    visible = publicaties.visible_to(context["request"].user).order_by("-verschenen_op", "pk")
    return {
        "publicaties": list(visible[: SHOWN + 1]),
        "shown": SHOWN,
        "meer_url": f"{reverse('kennisbank:publicatie_list')}?{filter_name}={slug}",
    }


@sections.register("verband.end", "kennisbank/includes/publicaties_over.html", order=20)
def publicaties_over_verband(context, verband) -> dict:
    return _publicaties_over(
        context, Publicatie.objects.about_verband(verband), "verband", verband.slug
    ) | {
        "kop": "Publicaties over dit verband",
        "leeg": "Er zijn nog geen publicaties over dit verband in de kennisbank.",
        "feed_url": None,
    }


@sections.register("gemeente.end", "kennisbank/includes/publicaties_over.html")
def publicaties_over_gemeente(context, gemeente) -> dict:
    return _publicaties_over(
        context, Publicatie.objects.about_gemeente(gemeente), "gemeente", gemeente.slug
    ) | {
        "kop": "Publicaties over deze gemeente",
        "leeg": "Er zijn nog geen publicaties over deze gemeente of haar samenwerkingsverbanden.",
        "feed_url": reverse("kennisbank:gemeente_feed", args=[gemeente.slug]),
    }


@sections.register("gemeente.head", "kennisbank/includes/gemeente_feed_link.html")
def gemeente_feed_link(context, gemeente) -> dict:
    return {"gemeente": gemeente}
