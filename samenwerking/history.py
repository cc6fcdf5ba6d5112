"""Readable change history from django-simple-history records, for every page that shows one.

A page's history is its object plus its rows (a verband with its deelnames and partners, an
evaluatie with its scores, bevindingen and aanbevelingen, a publicatie): ``changes`` turns the
records of one model into field-by-field changes with display labels; the apps compose them
(``verbanden.history``, ``evaluaties.history``, ``kennisbank.history``).

Why not the library's ``HistoricalRecord.diff_against``: it compares one record with one other
and, for many-to-many fields, queries both records' relations each time, so a page of a hundred
changes would cost hundreds of queries. Here every record is fetched once, the many-to-many
values and the names behind foreign keys in one query per field, and each record is compared
with the previous record of the same object in memory: a fixed number of queries per page.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import formats
from django.utils.text import capfirst
from django.views.generic import TemplateView

# Bookkeeping fields that are not a change a person made, and internal ones (a slug is part of
# the address, not of the content).
SKIPPED_FIELDS = {"id", "versie", "aangemaakt_op", "gewijzigd_op", "slug"}
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
    """A value as a person reads it: labels of choices, names behind ids, Dutch dates, euros."""
    if value is None or value == "":
        return "—"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.ForeignKey):
        if isinstance(value, models.Model):
            return str(value)
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
        if name in form.errors or name not in form.fields:
            continue
        try:
            model_field = current._meta.get_field(name)
        except models.FieldDoesNotExist:
            continue  # a form-only field (a partner's name typed in a row)
        typed = form.cleaned_data.get(name)
        stored = getattr(current, name)
        if model_field.many_to_many:
            typed = [str(obj) for obj in typed or []]
            stored = [str(obj) for obj in stored.all()]
        if isinstance(model_field, models.FileField):
            typed, stored = getattr(typed, "name", typed), getattr(stored, "name", stored)
        typed, stored = display(model_field, typed, {}), display(model_field, stored, {})
        if typed != stored:
            rows.append((form[name].label, typed, stored))
    return rows


def who(record) -> str:
    user = record.history_user
    if user is None:
        return "onbekend (systeem of import)"
    return user.get_full_name() or user.username


def tracked_fields(model: type[models.Model], skipped: Iterable[str] = ()) -> list[models.Field]:
    in_history = {h.name for h in model.history.model._meta.fields}
    skipped = SKIPPED_FIELDS | set(skipped)
    return [
        f for f in model._meta.concrete_fields if f.name not in skipped and f.name in in_history
    ]


def _tracked_m2m_fields(model) -> list[models.ManyToManyField]:
    """The many-to-many fields django-simple-history keeps (``m2m_fields=`` on the model)."""
    tracked = {f.name for f in getattr(model.history.model, "_history_m2m_fields", [])}
    return [f for f in model._meta.many_to_many if f.name in tracked]


def m2m_values(model, records) -> dict[int, dict[str, list[str]]]:
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


def foreign_names(model, records, skipped: Iterable[str] = ()) -> dict:
    """{(related model, pk): name} for the foreign keys the history shows, one query per field."""
    names = {}
    for f in tracked_fields(model, skipped):
        if not isinstance(f, models.ForeignKey):
            continue
        pks = {getattr(r, f.attname) for r in records} - {None}
        if pks:
            related = f.related_model
            names.update(
                {(related, obj.pk): str(obj) for obj in related._base_manager.filter(pk__in=pks)}
            )
    return names


def changes(
    model,
    records,
    subject: Callable[[object], str],
    names: dict,
    *,
    m2m: dict | None = None,
    skipped: Iterable[str] = (),
) -> list[Change]:
    """The records of ``model`` (any objects, in any order) as changes, field by field."""
    tracked = tracked_fields(model, skipped)
    m2m = m2m or {}
    m2m_fields = (
        [f for f in model._meta.many_to_many if any(f.name in v for v in m2m.values())]
        if m2m
        else []
    )
    per_object: dict[int, list] = defaultdict(list)
    for record in records:
        per_object[record.id].append(record)
    result = []
    for object_records in per_object.values():
        object_records.sort(key=lambda r: (r.history_date, r.history_id))
        previous = None
        for first, record in one_per_save(object_records):
            change = Change(
                wanneer=first.history_date,
                wie=who(first),
                onderwerp=subject(record),
                soort=SOORT[first.history_type],
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
                result.append(change)
            previous = record
    return result


def one_per_save(records: list) -> list[tuple]:
    """(first record, last record) per save of one object; the records sorted by time.

    A save makes a record for the row and one for each change of a many-to-many field
    (``set()`` removes, then adds), all with the version that save gave the object. They are
    shown as one change from the state before the save to the state after it, so a reader never
    sees the in-between state of a field emptied and filled again. Rows without a version
    have no many-to-many fields: one record is one save.
    """
    saves: list[list] = []
    for record in records:
        last = saves[-1] if saves else None
        versie = getattr(record, "versie", None)
        if (
            last is not None
            and versie is not None
            and record.history_type == "~"
            and last[-1].history_type != "-"
            and versie == getattr(last[0], "versie", None)
            and record.history_user_id == last[0].history_user_id
        ):
            last.append(record)
        else:
            saves.append([record])
    return [(save[0], save[-1]) for save in saves]


def newest_first(all_changes: list[Change], since: datetime.datetime | None = None) -> list[Change]:
    """Changes newest first; with ``since``, only those from that moment on."""
    if since is not None:
        all_changes = [c for c in all_changes if c.wanneer >= since]
    return sorted(all_changes, key=lambda c: c.wanneer, reverse=True)


def first_save_after(model, pk, versie: int) -> datetime.datetime | None:
    """When the first version newer than ``versie`` of the object was saved (None: unknown)."""
    return (
        model.history.filter(id=pk, versie__gt=versie)
        .order_by("history_date")
        .values_list("history_date", flat=True)
        .first()
    )


class HistoryView(TemplateView):
    """The readable history page of one object, for exactly those who may see the object.

    ``get_object`` answers 404 for an object the user may not see; ``get_changes`` is the app's
    history; ``lijst`` names the list the object belongs to, for the breadcrumbs.
    """

    template_name = "samenwerking/geschiedenis.html"
    lijst: tuple[str, str] = ("", "")  # (label, url name)
    omschrijving = ""

    def get_object(self):
        raise NotImplementedError

    def get_changes(self, obj) -> list[Change]:
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.get_object()
        label, url_name = self.lijst
        context.update(
            object=obj,
            naam=str(getattr(obj, "naam", None) or getattr(obj, "titel", None) or obj),
            lijst_label=label,
            lijst_url=reverse(url_name),
            omschrijving=self.omschrijving,
            wijzigingen=self.get_changes(obj),
        )
        return context
