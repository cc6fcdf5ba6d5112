"""Conflict-safe editing, one mechanism for every page that edits a versioned object.

A verband (with its deelnames and partners), a publicatie and every step of an evaluatie (with
its scores, bevindingen and aanbevelingen) carry a ``versie``. Editing one goes the same way:

1. The page is loaded with the object's version in a hidden field (``versie`` in the context).
2. On save, the version is compared before the input is validated: rows someone else deleted
   in the meantime would otherwise surface as a puzzling error instead of the conflict page.
   An invalid form answers 200 with the errors and still the version that was loaded.
3. One conditional UPDATE (``versie = versie + 1 WHERE versie = loaded``) decides who was first,
   atomically on SQLite and PostgreSQL alike; only then are the form and the rows saved.
4. A stale save answers 409: the same form with the person's own input (nothing lost) and the
   current version, what changed in between (field by field, who and when, from the history)
   and where their input differs from what is stored now. Saving that page again is the
   deliberate "save my version anyway".

Every save through the site makes a history record of the object with the new version, so that
"changed in between" starts at the first record newer than the version that was loaded.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import F
from django.forms import BaseModelForm, all_valid
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .history import Change, first_save_after, form_differences

VERSION_FIELD = "versie"


def saved_and_shown(request, obj, message: str) -> HttpResponseRedirect:
    """The end of every successful save: say ``message`` and show the object's page."""
    messages.success(request, message)
    return HttpResponseRedirect(obj.get_absolute_url())


def posted_version(request) -> int | None:
    """The version the person loaded, or None when the field is missing or not a number."""
    try:
        return int(request.POST.get(VERSION_FIELD, ""))
    except ValueError:
        return None


def claim_version(model, pk, loaded: int) -> bool:
    """Raise the version from ``loaded`` by one, only if nobody did so first."""
    return bool(
        model._default_manager.filter(pk=pk, **{VERSION_FIELD: loaded}).update(
            **{VERSION_FIELD: F(VERSION_FIELD) + 1}
        )
    )


class VersionedEditMixin:
    """The save and conflict flow above, for a view whose ``object`` has a ``versie``.

    The view builds its parts (``build``), renders them (``render``), saves them
    (``save_parts``) and says where to go after saving (``saved``); ``changes_since`` is its
    history. ``build`` gets ``instance`` on a conflict: a fresh copy of what is stored now.
    """

    model = None
    # Shown in the conflict heading: "Iemand anders heeft <onderwerp> gewijzigd ...".
    conflict_onderwerp = "dit onderdeel"
    # The edited object is addressed by ``lookup_field`` in the URL and found in
    # ``edit_queryset()``. Its history: ``history_changes(pk, since=...)`` lists the changes
    # (an app's history composer, wrapped in ``staticmethod``), on the page ``history_url_name``.
    lookup_field = "slug"
    history_changes = None
    history_url_name = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Before dispatch, so before any permission question: a hidden object is a 404.
        lookup = {self.lookup_field: kwargs[self.lookup_field]}
        self.object = get_object_or_404(self.edit_queryset(), **lookup)

    def edit_queryset(self):
        """Where the object is looked up: override to leave out what the user may not see."""
        return self.model._default_manager.all()

    # To implement -----------------------------------------------------------------------------

    def build(self, data=None, files=None, instance=None) -> dict:
        raise NotImplementedError

    def render(self, built: dict, status: int = 200, **context):
        raise NotImplementedError

    def save_parts(self, built: dict) -> None:
        raise NotImplementedError

    def saved(self, built: dict):
        raise NotImplementedError

    def changes_since(self, since) -> list[Change]:
        return self.history_changes(self.object.pk, since=since)

    def history_url(self) -> str:
        value = getattr(self.object, self.lookup_field)
        return reverse(self.history_url_name, kwargs={self.lookup_field: value})

    # Shared -----------------------------------------------------------------------------------

    def parts(self, built: dict) -> list:
        """Everything in ``built`` that validates and saves: forms and formsets."""
        return [part for part in built.values() if hasattr(part, "is_valid")]

    def edit_context(self, versie: int | None) -> dict:
        return {"versie": versie, "conflict_onderwerp": self.conflict_onderwerp}

    def get(self, request, *args, **kwargs):
        return self.render(self.build(), **self.edit_context(self.object.versie))

    def post(self, request, *args, **kwargs):
        loaded = posted_version(request)
        if loaded != self.object.versie:
            return self.conflict(loaded)
        built = self.build(request.POST, request.FILES)
        if not all_valid(self.parts(built)):  # every part, so that every error is shown
            return self.render(built, **self.edit_context(loaded))
        with transaction.atomic():
            if not claim_version(self.model, self.object.pk, loaded):
                return self.conflict(loaded)
            self.mark_version(built, loaded + 1)
            self.save_parts(built)
        return self.saved(built)

    def mark_version(self, built: dict, versie: int) -> None:
        """Give every copy of the object in the parts the claimed version, so that saving a
        form does not write the old number back; an object no form saves (a step of only rows)
        is saved here, before its rows, so that its history record opens the new version."""
        self.object.versie = versie
        saved_by_form = False
        for part in self.parts(built):
            instance = getattr(part, "instance", None)
            if isinstance(instance, self.model) and instance.pk == self.object.pk:
                instance.versie = versie
                saved_by_form |= isinstance(part, BaseModelForm)
        if not saved_by_form:
            self.object.save(update_fields=[VERSION_FIELD, "gewijzigd_op"])

    def conflict(self, loaded: int | None):
        """Someone else saved first: show what changed in between and keep what this person typed."""
        current = self.model._default_manager.filter(pk=self.object.pk).first()
        if current is None:
            raise Http404("Dit is intussen door iemand anders verwijderd.")
        since = first_save_after(self.model, current.pk, loaded or 0)
        self.object = current
        # The parts get their own copy: validating writes the typed values into an instance,
        # and ``current`` must keep showing what is stored. Files are not kept by a browser.
        editable = self.model._default_manager.get(pk=current.pk)
        built = self.build(self.request.POST, None, instance=editable)
        for part in self.parts(built):
            part.is_valid()
        return self.render(
            built,
            status=409,
            conflict=True,
            tussentijdse_wijzigingen=self.changes_since(since) if since else [],
            verschillen=self.differences(built, current),
            bestand_opnieuw=bool(self.request.FILES),
            geschiedenis_url=self.history_url(),
            **self.edit_context(current.versie),  # saving again now deliberately overrides
        )

    def differences(self, built: dict, current) -> list[tuple[str, str, str]]:
        """(label, typed, stored) for every field of the object's own forms where they differ."""
        rows = []
        for part in self.parts(built):
            if hasattr(part, "differences"):
                rows += part.differences()
            elif isinstance(part, BaseModelForm) and isinstance(part.instance, self.model):
                rows += form_differences(part, current, part.changed_data)
        return rows
