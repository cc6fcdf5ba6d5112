"""The history of an evaluatie: its fields, its scores, bevindingen and aanbevelingen."""

from __future__ import annotations

import datetime

from django.utils.text import Truncator

from samenwerking.history import Change, changes, foreign_names, newest_first

from .models import Aanbeveling, Beoordeling, Bevinding, Criterium, Evaluatie

# A row's link to its evaluatie is the page itself; the aanbeveling an aanbeveling follows up
# belongs to another evaluation, which the reader may not be allowed to see.
ROW_SKIPPED = ("evaluatie", "vervolg_op")


def evaluatie_changes(evaluatie_id: int, since: datetime.datetime | None = None) -> list[Change]:
    """Every change to an evaluatie and its rows, newest first; with ``since``, only those from
    that moment on. A fixed number of queries, whatever the number of changes."""
    evaluatie_records = list(
        Evaluatie.history.filter(id=evaluatie_id).select_related("history_user")
    )
    rows = {
        model: list(model.history.filter(evaluatie_id=evaluatie_id).select_related("history_user"))
        for model in (Beoordeling, Bevinding, Aanbeveling)
    }
    names = foreign_names(Evaluatie, evaluatie_records)
    names.update(foreign_names(Beoordeling, rows[Beoordeling], ROW_SKIPPED))
    return newest_first(
        [
            *changes(Evaluatie, evaluatie_records, lambda r: "Evaluatie", names),
            *changes(
                Beoordeling,
                rows[Beoordeling],
                lambda r: f"Score {names.get((Criterium, r.criterium_id), 'onbekend criterium')}",
                names,
                skipped=ROW_SKIPPED,
            ),
            *changes(
                Bevinding,
                rows[Bevinding],
                lambda r: f"Bevinding ‘{Truncator(r.tekst).chars(60)}’",
                names,
                skipped=ROW_SKIPPED,
            ),
            *changes(
                Aanbeveling,
                rows[Aanbeveling],
                lambda r: f"Aanbeveling ‘{Truncator(r.tekst).chars(60)}’",
                names,
                skipped=ROW_SKIPPED,
            ),
        ],
        since,
    )
