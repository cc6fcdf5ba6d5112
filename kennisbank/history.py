"""The history of a publicatie: its fields and its links to thema's, verbanden and gemeenten."""

from __future__ import annotations

import datetime

from samenwerking.history import Change, changes, foreign_names, m2m_values, newest_first

from .models import Publicatie

# The file's name is shown; its extracted text is not a change a person made.
SKIPPED = ("bestand_tekst",)


def publicatie_changes(publicatie_id: int, since: datetime.datetime | None = None) -> list[Change]:
    """Every change to a publicatie, newest first; with ``since``, only from that moment on."""
    records = list(Publicatie.history.filter(id=publicatie_id).select_related("history_user"))
    return newest_first(
        changes(
            Publicatie,
            records,
            lambda r: "Publicatie",
            foreign_names(Publicatie, records, SKIPPED),
            m2m=m2m_values(Publicatie, records),
            skipped=SKIPPED,
        ),
        since,
    )
