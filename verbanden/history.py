"""Readable change history of a verband and its deelnames (django-simple-history records).

Turns historical rows into field-by-field changes with display labels, in a fixed number of
queries: every record is fetched once and compared with the previous record of the same object.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.utils import formats
from django.utils.text import capfirst

from .models import Deelname, Gemeente, Partner, Partnerdeelname, Samenwerkingsverband

# Bookkeeping fields that are not a change a person made.
SKIPPED_FIELDS = {"id", "versie", "aangemaakt_op", "gewijzigd_op", "verband"}
SOORT = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}


@dataclass
class FieldChange:
    label: str
    oud: str
    nieuw: str


@dataclass
class Change:
    wanneer: datetime.datetime
    wie: str
    onderwerp: str
    soort: str
    velden: list[FieldChange] = field(default_factory=list)


def display(model_field: models.Field, value, names: dict) -> str:
    """A value as a person reads it: labels of choices, names of gemeenten, Dutch dates."""
    if value is None or value == "":
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.ForeignKey):
        return names.get((model_field.related_model, value), f"#{value}")
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    if isinstance(value, Decimal):
        return "€ " + formats.number_format(
            value, decimal_pos=2, use_l10n=True, force_grouping=True
        )
    if isinstance(value, list):  # many-to-many: names
        return ", ".join(sorted(value)) or "—"
    return str(value)


def form_differences(form, current, names) -> list[tuple[str, str, str]]:
    """(label, what this person typed, what is stored now) for each field in ``names`` where the
    two differ, for the conflict page of an edit form. Fields with errors are left out: they
    are shown, with their message, in the form itself."""
    rows = []
    for name in names:
        if name in form.errors:
            continue
        model_field = current._meta.get_field(name)
        typed = form.cleaned_data.get(name)
        stored = getattr(current, name)
        if model_field.many_to_many:
            typed = [str(obj) for obj in typed or []]
            stored = [str(obj) for obj in stored.all()]
        typed, stored = display(model_field, typed, {}), display(model_field, stored, {})
        if typed != stored:
            rows.append((form[name].label, typed, stored))
    return rows


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return "onbekend (systeem of import)"
    return user.get_full_name() or user.username


def _tracked_fields(model: type[models.Model]) -> list[models.Field]:
    in_history = {h.name for h in model.history.model._meta.fields}
    return [
        f
        for f in model._meta.concrete_fields
        if f.name not in SKIPPED_FIELDS and f.name in in_history
    ]


def _tracked_m2m_fields(model) -> list[models.ManyToManyField]:
    """The many-to-many fields django-simple-history keeps (``m2m_fields=`` on the model)."""
    tracked = {f.name for f in getattr(model.history.model, "_history_m2m_fields", [])}
    return [f for f in model._meta.many_to_many if f.name in tracked]


def _m2m_values(model, records) -> dict[int, dict[str, list[str]]]:
    """{history_id: {m2m field name: [names]}}, one query per tracked many-to-many field."""
    values: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    history_ids = [r.history_id for r in records]
    for m2m_field in _tracked_m2m_fields(model):
        through = model.history.model._meta.get_field(
            f"{model.history.model.__name__.lower()}_{m2m_field.name}"
        ).related_model
        target = m2m_field.related_model.__name__.lower()
        for row in through.objects.filter(history__in=history_ids).select_related(target):
            values[row.history_id][m2m_field.name].append(str(getattr(row, target)))
    return values


def _changes(model, records, subject, names, m2m=None) -> list[Change]:
    tracked = _tracked_fields(model)
    m2m = m2m or {}
    m2m_fields = (
        [f for f in model._meta.many_to_many if any(f.name in v for v in m2m.values())]
        if m2m
        else []
    )
    per_object: dict[int, list] = defaultdict(list)
    for record in records:
        per_object[record.id].append(record)
    changes = []
    for object_records in per_object.values():
        object_records.sort(key=lambda r: (r.history_date, r.history_id))
        previous = None
        for record in object_records:
            change = Change(
                wanneer=record.history_date,
                wie=_who(record),
                onderwerp=subject(record),
                soort=SOORT[record.history_type],
            )
            if record.history_type != "-":
                for f in tracked:
                    new = getattr(record, f.attname)
                    old = getattr(previous, f.attname) if previous else None
                    if previous is None and new in (None, "", False):
                        continue
                    if previous is not None and old == new:
                        continue
                    change.velden.append(
                        FieldChange(
                            capfirst(f.verbose_name), display(f, old, names), display(f, new, names)
                        )
                    )
                for f in m2m_fields:
                    new = sorted(m2m.get(record.history_id, {}).get(f.name, []))
                    old = (
                        sorted(m2m.get(previous.history_id, {}).get(f.name, [])) if previous else []
                    )
                    if new != old:
                        change.velden.append(
                            FieldChange(
                                capfirst(f.verbose_name),
                                display(f, old, names),
                                display(f, new, names),
                            )
                        )
            if change.velden or record.history_type != "~":
                changes.append(change)
            previous = record
    return changes


def verband_changes(verband_id: int, since: datetime.datetime | None = None) -> list[Change]:
    """Every change to a verband, its deelnames and partners, newest first; with ``since``,
    only those from that moment on."""
    verband_records = list(
        Samenwerkingsverband.history.filter(id=verband_id).select_related(
            "history_user", "aangemaakt_door"
        )
    )
    deelname_records = list(
        Deelname.history.filter(verband_id=verband_id).select_related("history_user")
    )
    partner_records = list(
        Partnerdeelname.history.filter(verband_id=verband_id).select_related("history_user")
    )
    names = {}
    names.update(
        {
            (Gemeente, pk): naam
            for pk, naam in Gemeente.objects.filter(
                pk__in={r.gemeente_id for r in deelname_records}
            ).values_list("pk", "naam")
        }
    )
    names.update(
        {
            (Partner, pk): naam
            for pk, naam in Partner.objects.filter(
                pk__in={r.partner_id for r in partner_records}
            ).values_list("pk", "naam")
        }
    )
    for record in verband_records:
        if record.aangemaakt_door_id:
            names[(record.aangemaakt_door.__class__, record.aangemaakt_door_id)] = str(
                record.aangemaakt_door
            )

    changes = [
        *_changes(
            Samenwerkingsverband,
            verband_records,
            lambda r: "Samenwerkingsverband",
            names,
            m2m=_m2m_values(Samenwerkingsverband, verband_records),
        ),
        *_changes(
            Deelname,
            deelname_records,
            lambda r: f"Deelname {names.get((Gemeente, r.gemeente_id), 'onbekende gemeente')}",
            names,
        ),
        *_changes(
            Partnerdeelname,
            partner_records,
            lambda r: f"Partner {names.get((Partner, r.partner_id), 'onbekende partner')}",
            names,
        ),
    ]
    if since is not None:
        changes = [c for c in changes if c.wanneer >= since]
    changes.sort(key=lambda c: c.wanneer, reverse=True)
    return changes
