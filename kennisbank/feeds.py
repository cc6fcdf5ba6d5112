"""Atom feeds of new publicaties: all, and per thema, per domein and per gemeente.

Feeds are public: they only ever contain what everyone may see, whoever asks.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from verbanden.models import Domein, Gemeente

from .filters import PublicatieFilterSet
from .models import Publicatie, Thema

FEED_SIZE = 50


class PublicatieFeed(Feed):
    """All new publicaties; the subclasses are the kennisbank list with one filter chosen.

    Each feed filters through the list's FilterSet and links to the list with the same query
    string, so a feed and the page it links to show the same publicaties.
    """

    feed_type = Atom1Feed
    title = "Nieuwe publicaties in de kennisbank"
    subtitle = "Onderzoek, handreikingen en praktijkverhalen over intergemeentelijke samenwerking."
    filter_name: str | None = None

    def query_string(self, obj) -> str:
        return urlencode({self.filter_name: obj.slug}) if self.filter_name else ""

    def link(self, obj=None) -> str:
        query = self.query_string(obj)
        return reverse("kennisbank:publicatie_list") + (f"?{query}" if query else "")

    def items(self, obj=None):
        filterset = PublicatieFilterSet(
            QueryDict(self.query_string(obj)), queryset=Publicatie.objects.public()
        )
        return filterset.qs.prefetch_related("themas").order_by(
            "-verschenen_op", "-aangemaakt_op", "pk"
        )[:FEED_SIZE]

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


class ObjectFeed(PublicatieFeed):
    """The feed of one thema, domein or gemeente, found by its slug."""

    model: type
    title_format: str

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, obj) -> str:
        return self.title_format.format(naam=obj.naam, naam_lower=obj.naam.lower())


class ThemaFeed(ObjectFeed):
    filter_name, model = "thema", Thema
    title_format = "Nieuwe publicaties over {naam_lower}"


class DomeinFeed(ObjectFeed):
    filter_name, model = "domein", Domein
    title_format = "Nieuwe publicaties in het domein {naam}"


class GemeenteFeed(ObjectFeed):
    filter_name, model = "gemeente", Gemeente
    title_format = "Nieuwe publicaties over {naam} en haar samenwerkingsverbanden"
