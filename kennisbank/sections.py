"""What the kennisbank shows on registry pages (``samenwerking/sections.py``): the publicaties
about a verband or a gemeente, and the gemeente's feed."""

from __future__ import annotations

from django.urls import reverse

from samenwerking import sections

from .models import Publicatie

SHOWN = 10


def _publicaties_over(context, publicaties, filter_name: str, obj, kop: str, leeg: str) -> dict:
    """Up to ``SHOWN`` + 1 of ``publicaties`` the user may see: one more means there are more."""
    visible = publicaties.visible_to(context["request"].user).order_by("-verschenen_op", "pk")
    return {
        "publicaties": list(visible[: SHOWN + 1]),
        "shown": SHOWN,
        "kop": kop,
        "leeg": leeg,
        "meer_url": f"{reverse('kennisbank:publicatie_list')}?{filter_name}={obj.slug}",
    }


@sections.register("verband.end", "kennisbank/includes/publicaties_over.html", order=20)
def publicaties_over_verband(context, verband) -> dict:
    publicaties = Publicatie.objects.about_verband(verband)
    kop, leeg = "Publicaties over dit verband", "Er zijn nog geen publicaties over dit verband."
    return _publicaties_over(context, publicaties, "verband", verband, kop, leeg)


@sections.register("gemeente.end", "kennisbank/includes/publicaties_over.html")
def publicaties_over_gemeente(context, gemeente) -> dict:
    publicaties = Publicatie.objects.about_gemeente(gemeente)
    kop = "Publicaties over deze gemeente"
    leeg = "Er zijn nog geen publicaties over deze gemeente of haar samenwerkingsverbanden."
    return _publicaties_over(context, publicaties, "gemeente", gemeente, kop, leeg) | {
        "feed_url": reverse("kennisbank:gemeente_feed", args=[gemeente.slug])
    }


@sections.register("gemeente.head", "kennisbank/includes/gemeente_feed_link.html")
def gemeente_feed_link(context, gemeente) -> dict:
    return {"gemeente": gemeente}
