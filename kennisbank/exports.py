"""The columns of the kennisbank download (samenwerking/exports.py)."""

from __future__ import annotations

from samenwerking.exports import DATE, Column


def _slugs(relation: str, field: str = "slug"):
    return lambda p: ", ".join(getattr(obj, field) for obj in getattr(p, relation).all())


PUBLICATIE_COLUMNS = [
    Column("slug", lambda p: p.slug, width=30, description="Vaste sleutel van de publicatie"),
    Column("titel", lambda p: p.titel, width=50),
    Column("soort", lambda p: p.soort, width=16),
    Column("status", lambda p: p.status, width=14),
    Column("verschenen_op", lambda p: p.verschenen_op, DATE, width=12),
    Column("auteurs", lambda p: p.auteurs, width=30),
    Column("uitgever", lambda p: p.uitgever, width=20),
    Column("themas", _slugs("themas"), width=30, description="Slugs, gescheiden door komma's"),
    Column("domeinen", _slugs("domeinen"), width=30, description="Slugs"),
    Column("verbanden", _slugs("verbanden"), width=30, description="Slugs van verbanden"),
    Column("gemeenten", _slugs("gemeenten", "code"), width=20, description="CBS-codes"),
    Column("externe_url", lambda p: p.externe_url, width=30),
    Column("samenvatting", lambda p: p.samenvatting, width=60),
]

PUBLICATIE_PREFETCH = ("themas", "domeinen", "verbanden", "gemeenten")
