"""The register of gemeenschappelijke regelingen a gemeente must keep (art. 27 Wgr).

Lid 2 asks for at least: the deelnemers, the wettelijke voorschriften behind the powers, the
powers transferred, the address and place of establishment, and whether an openbaar lichaam,
bedrijfsvoeringsorganisatie or gemeenschappelijk orgaan was set up. The register lists every
Wgr regeling the gemeente takes part in on the date of the extract; private-law and informal
cooperations follow in a section of their own, as gemeenten often publish them alongside.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone

from samenwerking.exports import DATE, Column

from . import choices
from .models import Deelname, Gemeente, Partnerdeelname, Samenwerkingsverband, active_q


@dataclass(frozen=True)
class Register:
    gemeente: Gemeente
    peildatum: datetime.date
    wgr: list[Samenwerkingsverband]
    overig: list[Samenwerkingsverband]

    @property
    def rows(self) -> list[Samenwerkingsverband]:
        return self.wgr + self.overig


def _active_on(on: datetime.date, relation: str, model, member: str) -> Prefetch:
    """The rows of ``relation`` active on ``on``, as ``<relation>_op_peildatum``."""
    rows = model.objects.filter(active_q(on)).select_related(member).order_by(f"{member}__naam")
    return Prefetch(relation, queryset=rows, to_attr=f"{relation}_op_peildatum")


def register_of(gemeente: Gemeente, peildatum: datetime.date | None = None) -> Register:
    """The regelingen ``gemeente`` takes part in on ``peildatum`` (default: today)."""
    on = peildatum or timezone.localdate()
    verbanden = list(
        Samenwerkingsverband.objects.filter(
            Exists(Deelname.objects.active(on).filter(verband=OuterRef("pk"), gemeente=gemeente))
        )
        .exclude(opgeheven_op__lte=on)
        .prefetch_related(
            _active_on(on, "deelnames", Deelname, "gemeente"),
            _active_on(on, "partnerdeelnames", Partnerdeelname, "partner"),
        )
        .order_by("naam", "pk")
    )
    publiek = choices.JuridischeCategorie.PUBLIEKRECHTELIJK
    return Register(
        gemeente=gemeente,
        peildatum=on,
        wgr=[v for v in verbanden if v.juridische_categorie == publiek],
        overig=[v for v in verbanden if v.juridische_categorie != publiek],
    )


def deelnemers(verband) -> list[str]:
    """Art. 27 lid 2 sub a: the gemeenten, and the other public and private partners."""
    gemeenten = [
        d.gemeente.naam + (f" ({d.get_rol_display().lower()})" if d.rol != "deelnemer" else "")
        for d in verband.deelnames_op_peildatum
    ]
    return gemeenten + [p.partner.naam for p in verband.partnerdeelnames_op_peildatum]


def adres(verband) -> str:
    plaats = " ".join(part for part in (verband.postcode, verband.vestigingsplaats) if part)
    return ", ".join(part for part in (verband.adres, plaats) if part)


REGISTER_COLUMNS = [
    Column("naam", lambda v: v.naam, width=40),
    Column("afkorting", lambda v: v.afkorting, width=12),
    Column("categorie", lambda v: v.juridische_categorie.label, width=22),
    Column(
        "vorm",
        lambda v: v.get_juridische_vorm_display(),
        width=26,
        description="Art. 27 lid 2 sub e",
    ),
    Column("deelnemers", deelnemers, width=50, description="Art. 27 lid 2 sub a"),
    Column(
        "wettelijke_voorschriften",
        lambda v: v.wettelijke_voorschriften,
        width=40,
        description="Art. 27 lid 2 sub b",
    ),
    Column(
        "overgedragen_bevoegdheden",
        lambda v: v.overgedragen_bevoegdheden,
        width=40,
        description="Art. 27 lid 2 sub c",
    ),
    Column("adres", lambda v: v.adres, width=28, description="Art. 27 lid 2 sub d"),
    Column("postcode", lambda v: v.postcode, width=9),
    Column("vestigingsplaats", lambda v: v.vestigingsplaats, width=18),
    Column("in_werking_op", lambda v: v.in_werking_op, DATE, width=12),
    Column("extern_kenmerk", lambda v: v.extern_kenmerk, width=16),
    Column("slug", lambda v: v.slug, width=30, description="Vaste sleutel in het portaal"),
]
