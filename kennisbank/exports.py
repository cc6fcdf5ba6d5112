"""The columns of the kennisbank download (samenwerking/exports.py)."""

from __future__ import annotations

from samenwerking.exports import DATE, Column, fields


def _related(relation: str, field: str = "slug", description: str = "Slugs") -> Column:
    def value(publicatie) -> str:
        return ", ".join(getattr(obj, field) for obj in getattr(publicatie, relation).all())

    return Column(relation, value, width=30, description=description)


PUBLICATIE_COLUMNS = [
    Column("slug", lambda p: p.slug, width=30, description="Vaste sleutel van de publicatie"),
    *fields("titel soort status"),
    *fields("verschenen_op", DATE),
    *fields("auteurs uitgever"),
    _related("themas"),
    _related("domeinen"),
    _related("verbanden", description="Slugs van verbanden"),
    _related("gemeenten", "code", "CBS-codes"),
    *fields("externe_url samenvatting"),
]

PUBLICATIE_PREFETCH = ("themas", "domeinen", "verbanden", "gemeenten")
