"""Atom feeds of new publicaties: all, and per thema, per domein and per gemeente.

Feeds are public: they only ever contain gepubliceerde publicaties, whoever asks.
"""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from verbanden.models import Domein, Gemeente

from .models import Publicatie, Thema

FEED_SIZE = 50


class PublicatieFeed(Feed):
    feed_type = Atom1Feed
    title = "Nieuwe publicaties in de kennisbank"
    subtitle = "Onderzoek, handreikingen en praktijkverhalen over intergemeentelijke samenwerking."

    def link(self, obj=None) -> str:
        return reverse("kennisbank:publicatie_list")

    def publicaties(self, obj):
        return Publicatie.objects.public()

    def items(self, obj=None):
        return (
            self.publicaties(obj)
            .prefetch_related("themas")
            .order_by("-verschenen_op", "-aangemaakt_op", "pk")[:FEED_SIZE]
        )

    def item_title(self, item: Publicatie) -> str:
        return item.titel

    def item_description(self, item: Publicatie) -> str:
        return item.samenvatting

    def item_link(self, item: Publicatie) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Publicatie) -> str:
        return item.auteurs or item.uitgever or "Samenwerkingsportaal"

    def item_pubdate(self, item: Publicatie) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.verschenen_op, datetime.time()))

    def item_updateddate(self, item: Publicatie) -> datetime.datetime:
        return item.gewijzigd_op

    def item_categories(self, item: Publicatie) -> list[str]:
        return [thema.naam for thema in item.themas.all()]


class ThemaFeed(PublicatieFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Thema, slug=slug)

    def title(self, obj: Thema) -> str:
        return f"Nieuwe publicaties over {obj.naam.lower()}"

    def link(self, obj: Thema) -> str:
        return obj.get_absolute_url()

    def publicaties(self, obj: Thema):
        return Publicatie.objects.public().filter(themas=obj)


class DomeinFeed(PublicatieFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Domein, slug=slug)

    def title(self, obj: Domein) -> str:
        return f"Nieuwe publicaties in het domein {obj.naam}"

    def link(self, obj: Domein) -> str:
        return f"{reverse('kennisbank:publicatie_list')}?domein={obj.slug}"

    def publicaties(self, obj: Domein):
        return Publicatie.objects.public().in_domein(obj)


class GemeenteFeed(PublicatieFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Gemeente, slug=slug)

    def title(self, obj: Gemeente) -> str:
        return f"Nieuwe publicaties over {obj.naam} en haar samenwerkingsverbanden"

    def link(self, obj: Gemeente) -> str:
        return obj.get_absolute_url()

    def publicaties(self, obj: Gemeente):
        return Publicatie.objects.public().about_gemeente(obj)
