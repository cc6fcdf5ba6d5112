"""factory_boy factories for the kennisbank.

``PublicatieFactory()`` is a published onderzoek with its text in ``inhoud``: the database
refuses a publicatie without a PDF, an external link or text of its own, and a test about
search needs a text to find. Themas, verbanden, gemeenten and domeinen are passed as lists:
``PublicatieFactory(themas=[thema], gemeenten=["Zwolle"], domeinen=["jeugd"])``; gemeenten and
domeinen by name or slug, as in ``tests.factories``, because they are never made up.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from kennisbank import choices
from kennisbank.models import Publicatie, Thema
from tests.factories import domein, gemeente


class ThemaFactory(DjangoModelFactory):
    class Meta:
        model = Thema

    naam = factory.Sequence(lambda n: f"Thema {n:04d}")
    slug = factory.LazyAttribute(lambda t: slugify(t.naam))


class PublicatieFactory(DjangoModelFactory):
    class Meta:
        model = Publicatie
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Publicatie {n:04d}")
    soort = choices.Soort.ONDERZOEK
    samenvatting = "Een verkenning van de praktijk."
    inhoud = "De tekst van de publicatie."
    verschenen_op = datetime.date(2024, 3, 1)
    status = choices.Status.GEPUBLICEERD

    @factory.post_generation
    def themas(self, create: bool, extracted: Iterable[Thema] | None, **kwargs):
        if create and extracted:
            self.themas.set(extracted)

    @factory.post_generation
    def verbanden(self, create: bool, extracted: Iterable | None, **kwargs):
        if create and extracted:
            self.verbanden.set(extracted)

    @factory.post_generation
    def gemeenten(self, create: bool, extracted: Iterable | None, **kwargs):
        """Gemeenten by CBS name or code, or as objects."""
        if create and extracted:
            self.gemeenten.set([gemeente(g) for g in extracted])

    @factory.post_generation
    def domeinen(self, create: bool, extracted: Iterable | None, **kwargs):
        """Domeinen by slug, or as objects."""
        if create and extracted:
            self.domeinen.set([domein(d) for d in extracted])
