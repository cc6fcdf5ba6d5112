"""The columns of the registry's downloads (samenwerking/exports.py): verbanden, and the
deelnames of those verbanden. Names are the importer's; codes are the stored choice values and
the CBS gemeentecode, so that a file can come back in."""

from __future__ import annotations

from samenwerking.exports import DATE, INTEGER, NUMBER, Column, fields

from .models import Deelname


def _domeinen(verband) -> str:
    return ", ".join(domein.slug for domein in verband.domeinen.all())


DERIVED = "Afgeleid; bij import genegeerd"

VERBAND_COLUMNS = [
    Column("slug", lambda v: v.slug, width=30, description="Vaste sleutel van het verband"),
    *fields("naam afkorting"),
    Column("juridische_vorm", lambda v: v.juridische_vorm, description="Code: openbaar_lichaam"),
    *fields("taaktype aantal_taken besturingsniveau organisatievorm organisatiestructuur"),
    *fields("initiatief fase besturingsmodel"),
    Column("domeinen", _domeinen, width=30, description="Slugs, gescheiden door komma's"),
    Column("schaal", lambda v: v.schaal, description=DERIVED),
    Column("aantal_gemeenten", lambda v: v.aantal_gemeenten, INTEGER, description=DERIVED),
    *fields("opgericht_op opgeheven_op", DATE),
    *fields("evaluatietermijn_jaren", INTEGER),
    *fields("gezamenlijk_opdrachtgeverschap gemeenschappelijke_adviescommissie"),
    *fields("adres postcode vestigingsplaats"),
    *fields("in_werking_op", DATE),
    *fields("extern_kenmerk website wettelijke_voorschriften overgedragen_bevoegdheden"),
    *fields("omschrijving"),
]

DEELNAME_COLUMNS = [
    Column("verband", lambda d: d.verband.slug, width=30, description="Slug van het verband"),
    Column("verband_naam", lambda d: d.verband.naam, width=40),
    Column("cbs_code", lambda d: d.gemeente.code, width=8, description="CBS-gemeentecode"),
    Column("gemeente", lambda d: d.gemeente.naam),
    *fields("rol"),
    *fields("toegetreden_op uitgetreden_op", DATE),
    Column("bijdrage", lambda d: d.bijdrage, NUMBER, width=14, description="Euro per jaar"),
    *fields("toelichting"),
]


def deelnames_of(verbanden):
    """The deelnames (past, present and future) of ``verbanden``, verband by verband."""
    return (
        Deelname.objects.filter(verband__in=verbanden.order_by().values("pk"))
        .select_related("verband", "gemeente")
        .order_by("verband__naam", "verband__pk", "gemeente__naam", "pk")
    )
