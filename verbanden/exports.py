"""The columns of the registry's downloads (samenwerking/exports.py): verbanden, and the
deelnames of those verbanden. Names are the importer's; codes are the stored choice values and
the CBS gemeentecode, so that a file can come back in."""

from __future__ import annotations

from samenwerking.exports import DATE, INTEGER, NUMBER, Column

from .models import Deelname


def _domeinen(verband) -> str:
    return ", ".join(domein.slug for domein in verband.domeinen.all())


VERBAND_COLUMNS = [
    Column("slug", lambda v: v.slug, width=30, description="Vaste sleutel van het verband"),
    Column("naam", lambda v: v.naam, width=40),
    Column("afkorting", lambda v: v.afkorting, width=12),
    Column(
        "juridische_vorm",
        lambda v: v.juridische_vorm,
        width=24,
        description="Code, bijvoorbeeld openbaar_lichaam",
    ),
    Column("taaktype", lambda v: v.taaktype, width=14),
    Column("aantal_taken", lambda v: v.aantal_taken, width=12),
    Column("besturingsniveau", lambda v: v.besturingsniveau, width=14),
    Column("organisatievorm", lambda v: v.organisatievorm, width=14),
    Column("organisatiestructuur", lambda v: v.organisatiestructuur, width=14),
    Column("initiatief", lambda v: v.initiatief, width=14),
    Column("fase", lambda v: v.fase, width=16),
    Column("besturingsmodel", lambda v: v.besturingsmodel, width=20),
    Column("domeinen", _domeinen, width=30, description="Slugs, gescheiden door komma's"),
    Column("schaal", lambda v: v.schaal, width=16, description="Afgeleid; bij import genegeerd"),
    Column(
        "aantal_gemeenten",
        lambda v: v.aantal_gemeenten,
        INTEGER,
        width=10,
        description="Afgeleid; bij import genegeerd",
    ),
    Column("opgericht_op", lambda v: v.opgericht_op, DATE, width=12),
    Column("opgeheven_op", lambda v: v.opgeheven_op, DATE, width=12),
    Column("evaluatietermijn_jaren", lambda v: v.evaluatietermijn_jaren, INTEGER, width=10),
    Column("gezamenlijk_opdrachtgeverschap", lambda v: v.gezamenlijk_opdrachtgeverschap, width=10),
    Column(
        "gemeenschappelijke_adviescommissie",
        lambda v: v.gemeenschappelijke_adviescommissie,
        width=10,
    ),
    Column("adres", lambda v: v.adres, width=28),
    Column("postcode", lambda v: v.postcode, width=9),
    Column("vestigingsplaats", lambda v: v.vestigingsplaats, width=18),
    Column("in_werking_op", lambda v: v.in_werking_op, DATE, width=12),
    Column("extern_kenmerk", lambda v: v.extern_kenmerk, width=16),
    Column("website", lambda v: v.website, width=30),
    Column("wettelijke_voorschriften", lambda v: v.wettelijke_voorschriften, width=40),
    Column("overgedragen_bevoegdheden", lambda v: v.overgedragen_bevoegdheden, width=40),
    Column("omschrijving", lambda v: v.omschrijving, width=60),
]

DEELNAME_COLUMNS = [
    Column("verband", lambda d: d.verband.slug, width=30, description="Slug van het verband"),
    Column("verband_naam", lambda d: d.verband.naam, width=40),
    Column("cbs_code", lambda d: d.gemeente.code, width=8, description="CBS-gemeentecode"),
    Column("gemeente", lambda d: d.gemeente.naam, width=24),
    Column("rol", lambda d: d.rol, width=14),
    Column("toegetreden_op", lambda d: d.toegetreden_op, DATE, width=12),
    Column("uitgetreden_op", lambda d: d.uitgetreden_op, DATE, width=12),
    Column("bijdrage", lambda d: d.bijdrage, NUMBER, width=14, description="Euro per jaar"),
    Column("toelichting", lambda d: d.toelichting, width=40),
]


def deelnames_of(verbanden):
    """The deelnames (past, present and future) of ``verbanden``, verband by verband."""
    return (
        Deelname.objects.filter(verband__in=verbanden.order_by().values("pk"))
        .select_related("verband", "gemeente")
        .order_by("verband__naam", "verband__pk", "gemeente__naam", "pk")
    )
