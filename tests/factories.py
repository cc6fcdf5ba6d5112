"""factory_boy factories that speak the domain.

Gemeenten and domeinen are never made up: gemeenten come from the CBS list that the session
fixture imports (``tests/conftest.py``), domeinen from the seed migration, both looked up by
name or slug.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from samenwerking.permissions import ADVISEUR, BEHEERDER, GEMEENTE_MEDEWERKER
from verbanden import choices
from verbanden.models import (
    Deelname,
    Domein,
    Gemeente,
    Partner,
    Partnerdeelname,
    Samenwerkingsverband,
)


def gemeente(naam_of_code: str | Gemeente) -> Gemeente:
    """A current gemeente by its CBS name (``"Zeist"``) or code (``"0355"``)."""
    if isinstance(naam_of_code, Gemeente):
        return naam_of_code
    if naam_of_code.isdigit():
        return Gemeente.objects.get(code=naam_of_code)
    return Gemeente.objects.current().get(naam=naam_of_code)


def domein(slug: str | Domein) -> Domein:
    """A seeded domein by slug (``"jeugd"``, ``"sociaal-domein"``)."""
    return slug if isinstance(slug, Domein) else Domein.objects.get(slug=slug)


def _rollen(*default: str) -> factory.PostGeneration:
    """Adds the user to the role groups passed as ``rollen=[...]``, else to ``default``."""

    def add(user, create: bool, extracted: Iterable[str] | None, **kwargs) -> None:
        names = set(default if extracted is None else extracted)
        if not create or not names:
            return
        groups = list(Group.objects.filter(name__in=names))
        if len(groups) != len(names):
            raise ValueError(f"Onbekende rol in {sorted(names)!r}; bestaan de groepen?")
        user.groups.add(*groups)

    return factory.PostGeneration(add)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.nl")
    password = factory.django.Password("geheim-wachtwoord")

    # ``UserFactory(rollen=["adviseur"])``: the role groups (created after every ``migrate``).
    rollen = _rollen()


class AdviseurFactory(UserFactory):
    """An adviseur: may register verbanden and edit those they created or are betrokken on."""

    username = factory.Sequence(lambda n: f"adviseur{n}")
    rollen = _rollen(ADVISEUR)


class GemeenteMedewerkerFactory(UserFactory):
    """A civil servant of one gemeente (Zwolle unless ``gemeente=`` says otherwise)."""

    username = factory.Sequence(lambda n: f"medewerker{n}")
    gemeente = factory.LazyFunction(lambda: gemeente("Zwolle"))
    rollen = _rollen(GEMEENTE_MEDEWERKER)


class BeheerderFactory(UserFactory):
    """Staff in the beheerder group (not a superuser: the group must carry the rights)."""

    username = factory.Sequence(lambda n: f"beheerder{n}")
    is_staff = True
    rollen = _rollen(BEHEERDER)


class VerbandFactory(DjangoModelFactory):
    """A samenwerkingsverband; by default a convenant without deelnemers.

    ``VerbandFactory(wgr=True)`` is an openbaar lichaam under the Wgr,
    ``VerbandFactory(opgeheven=True)`` one that has ended, and
    ``VerbandFactory.met_deelnemers(4, centrumgemeente="Zwolle")`` one with real gemeenten.
    Pass ``domeinen=["jeugd", "wmo"]`` (slugs) to tag it.
    """

    class Meta:
        model = Samenwerkingsverband
        skip_postgeneration_save = True

    naam = factory.Sequence(lambda n: f"Samenwerkingsverband {n:04d}")
    afkorting = ""
    omschrijving = "Samenwerking van gemeenten in de regio."
    taaktype = choices.Taaktype.UITVOERING
    aantal_taken = choices.AantalTaken.MEERDERE
    besturingsniveau = choices.Besturingsniveau.TACTISCH
    organisatievorm = choices.Organisatievorm.NIEUWE_ORGANISATIE
    organisatiestructuur = choices.Organisatiestructuur.CENTRAAL
    juridische_vorm = choices.JuridischeVorm.CONVENANT
    initiatief = choices.Initiatief.VRIJWILLIG
    fase = choices.Fase.IMPLEMENTATIE
    besturingsmodel = choices.Besturingsmodel.BESTUURLIJK_OVERLEG
    opgericht_op = datetime.date(2015, 1, 1)

    class Params:
        wgr = factory.Trait(
            juridische_vorm=choices.JuridischeVorm.OPENBAAR_LICHAAM,
            besturingsmodel=choices.Besturingsmodel.AB_DB,
            evaluatietermijn_jaren=4,
            bron_url="https://lokaleregelgeving.overheid.nl/CVDR000000",
        )
        opgeheven = factory.Trait(
            fase=choices.Fase.BEEINDIGD,
            opgeheven_op=datetime.date(2023, 12, 31),
        )

    @factory.post_generation
    def domeinen(self, create: bool, extracted: Iterable[str | Domein] | None, **kwargs):
        if create and extracted:
            self.domeinen.set([domein(d) for d in extracted])

    @factory.post_generation
    def betrokken_adviseurs(self, create: bool, extracted: Iterable | None, **kwargs):
        """``VerbandFactory(betrokken_adviseurs=[user])``: who may edit it besides its maker."""
        if create and extracted:
            self.betrokken_adviseurs.set(extracted)

    @classmethod
    def met_deelnemers(
        cls,
        n: int = 3,
        *,
        centrumgemeente: str | Gemeente | None = None,
        provincie: str | None = None,
        bijdrage: Decimal | int | None = None,
        **kwargs,
    ) -> Samenwerkingsverband:
        """A verband with ``n`` real, current gemeenten as deelnemers.

        The gemeenten are the first ``n`` (by name) of ``provincie``, or of the whole country;
        a ``centrumgemeente`` is one of the ``n`` and makes the verband a
        centrumgemeenteconstructie unless ``juridische_vorm`` says otherwise.
        """
        candidates = Gemeente.objects.current().order_by("naam")
        if provincie:
            candidates = candidates.filter(provincie__naam=provincie)
        deelnemers: list[tuple[Gemeente, str]] = []
        if centrumgemeente is not None:
            centrum = gemeente(centrumgemeente)
            deelnemers.append((centrum, choices.Rol.CENTRUMGEMEENTE))
            candidates = candidates.exclude(pk=centrum.pk)
            kwargs.setdefault("juridische_vorm", choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE)
            kwargs.setdefault("besturingsmodel", choices.Besturingsmodel.CENTRUMGEMEENTE)
        deelnemers += [(g, choices.Rol.DEELNEMER) for g in candidates[: n - len(deelnemers)]]
        if len(deelnemers) < n:
            raise ValueError(f"Er zijn geen {n} gemeenten om uit te kiezen.")
        verband = cls(**kwargs)
        for g, rol in deelnemers:
            DeelnameFactory(verband=verband, gemeente=g, rol=rol, bijdrage=bijdrage)
        return verband


class DeelnameFactory(DjangoModelFactory):
    """A gemeente taking part; pass ``gemeente=gemeente("Zeist")`` for a specific one."""

    class Meta:
        model = Deelname

    verband = factory.SubFactory(VerbandFactory)
    gemeente = factory.Iterator(Gemeente.objects.current().order_by("code"))
    rol = choices.Rol.DEELNEMER
    toegetreden_op = datetime.date(2015, 1, 1)


class PartnerFactory(DjangoModelFactory):
    """A non-municipal partner; its name is unique, so the same name gives the same partner."""

    class Meta:
        model = Partner
        django_get_or_create = ("naam",)

    naam = factory.Sequence(lambda n: f"Waterschap De Stroom {n:04d}")
    soort = choices.PartnerSoort.WATERSCHAP
    website = "https://www.example.nl/"


class PartnerdeelnameFactory(DjangoModelFactory):
    class Meta:
        model = Partnerdeelname

    verband = factory.SubFactory(VerbandFactory)
    partner = factory.SubFactory(PartnerFactory)
    rol = choices.PartnerRol.DEELNEMER
    toegetreden_op = datetime.date(2015, 1, 1)
