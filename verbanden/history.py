"""The history of a verband: its own changes and those of its deelnames and partners."""

from __future__ import annotations

import datetime

from samenwerking.history import Change, changes, foreign_names, m2m_values, newest_first

from .models import Deelname, Gemeente, Partner, Partnerdeelname, Samenwerkingsverband

# A row's link to its verband is the page itself.
ROW_SKIPPED = ("verband",)


def verband_changes(verband_id: int, since: datetime.datetime | None = None) -> list[Change]:
    """Every change to a verband, its deelnames and partners, newest first; with ``since``,
    only those from that moment on. A fixed number of queries, whatever the number of changes."""
    verband_records = list(
        Samenwerkingsverband.history.filter(id=verband_id).select_related("history_user")
    )
    deelname_records = list(
        Deelname.history.filter(verband_id=verband_id).select_related("history_user")
    )
    partner_records = list(
        Partnerdeelname.history.filter(verband_id=verband_id).select_related("history_user")
    )
    names = {
        **foreign_names(Samenwerkingsverband, verband_records),
        **foreign_names(Deelname, deelname_records, ROW_SKIPPED),
        **foreign_names(Partnerdeelname, partner_records, ROW_SKIPPED),
    }
    return newest_first(
        [
            *changes(
                Samenwerkingsverband,
                verband_records,
                lambda r: "Samenwerkingsverband",
                names,
                m2m=m2m_values(Samenwerkingsverband, verband_records),
            ),
            *changes(
                Deelname,
                deelname_records,
                lambda r: f"Deelname {names.get((Gemeente, r.gemeente_id), 'onbekende gemeente')}",
                names,
                skipped=ROW_SKIPPED,
            ),
            *changes(
                Partnerdeelname,
                partner_records,
                lambda r: f"Partner {names.get((Partner, r.partner_id), 'onbekende partner')}",
                names,
                skipped=ROW_SKIPPED,
            ),
        ],
        since,
    )
