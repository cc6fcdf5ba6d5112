"""Plain descriptions of demo verbanden, independent of the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.utils.text import slugify

from verbanden.choices import (
    Besturingsmodel,
    Fase,
    Initiatief,
    Organisatiestructuur,
    Organisatievorm,
    PartnerRol,
    PartnerSoort,
    Rol,
)


@dataclass(frozen=True)
class Lid:
    """A gemeente in a verband, by its CBS name.

    An open deelname resolves the name through the herindelingen to today's gemeente; a closed
    one (``uitgetreden_op`` set) keeps the gemeente of that name, which may since have merged away.
    """

    gemeente: str
    rol: str = Rol.DEELNEMER
    toegetreden_op: datetime.date | None = None
    uitgetreden_op: datetime.date | None = None
    # None: computed from the verband's ``bijdrage_per_inwoner``; Decimal(0) is not used.
    bijdrage: Decimal | None = None
    zonder_bijdrage: bool = False
    toelichting: str = ""


@dataclass(frozen=True)
class PartnerLid:
    """A non-municipal partner (provincie, waterschap, ...) in a verband, by its unique name."""

    naam: str
    soort: str = PartnerSoort.WATERSCHAP
    rol: str = PartnerRol.DEELNEMER
    toegetreden_op: datetime.date | None = None
    uitgetreden_op: datetime.date | None = None
    bijdrage: Decimal | None = None
    toelichting: str = ""


@dataclass(frozen=True)
class VerbandSpec:
    """Everything ``loader`` needs to create or update one Samenwerkingsverband."""

    naam: str
    omschrijving: str
    juridische_vorm: str
    taaktype: str
    aantal_taken: str
    besturingsniveau: str
    domeinen: tuple[str, ...]
    leden: tuple[Lid, ...]
    besturingsmodel: str
    organisatievorm: str = Organisatievorm.NIEUWE_ORGANISATIE
    organisatiestructuur: str = Organisatiestructuur.CENTRAAL
    initiatief: str = Initiatief.VRIJWILLIG
    fase: str = Fase.DOORONTWIKKELING
    afkorting: str = ""
    partners: tuple[PartnerLid, ...] = ()
    gezamenlijk_opdrachtgeverschap: bool = False
    gemeenschappelijke_adviescommissie: bool = False
    evaluatietermijn_jaren: int | None = None
    governance_toelichting: str = ""
    vestigingsplaats: str = ""
    wettelijke_voorschriften: str = ""
    overgedragen_bevoegdheden: str = ""
    bron_url: str = ""
    opgericht_op: datetime.date | None = None
    opgeheven_op: datetime.date | None = None
    # EUR per inwoner per year; the loader turns it into a bijdrage per deelname.
    bijdrage_per_inwoner: Decimal | None = None
    # Usernames of demo users; only linked when demo users may exist.
    aangemaakt_door: str = ""
    adviseurs: tuple[str, ...] = field(default=())

    @property
    def slug(self) -> str:
        return slugify(self.naam)[:200]

    def leden_bij_opheffing(self) -> tuple[Lid, ...]:
        """The leden, closed on the opheffing date when the verband has ended."""
        if not self.opgeheven_op:
            return self.leden
        return tuple(
            lid
            if lid.uitgetreden_op
            else replace(lid, uitgetreden_op=self.opgeheven_op, zonder_bijdrage=True)
            for lid in self.leden
        )


def leden(*namen: str, **kwargs) -> tuple[Lid, ...]:
    """Several gemeenten with the same role and dates."""
    return tuple(Lid(naam, **kwargs) for naam in namen)


def centrum(naam: str, *overige: str, overige_rol: str = Rol.GASTGEMEENTE) -> tuple[Lid, ...]:
    """A centrumgemeente and the gemeenten it works for."""
    return (Lid(naam, rol=Rol.CENTRUMGEMEENTE), *leden(*overige, rol=overige_rol))


BESTURINGSMODEL_PER_VORM = {
    "openbaar_lichaam": Besturingsmodel.AB_DB,
    "bedrijfsvoeringsorganisatie": Besturingsmodel.ENKELVOUDIG_BESTUUR,
    "centrumgemeenteconstructie": Besturingsmodel.CENTRUMGEMEENTE,
    "stichting": Besturingsmodel.STICHTINGSBESTUUR,
    "bv": Besturingsmodel.VENNOOTSCHAP,
    "nv": Besturingsmodel.VENNOOTSCHAP,
    "bestuurlijk_overleg": Besturingsmodel.BESTUURLIJK_OVERLEG,
}
