"""Formsets of rows (deelnames, partners, bevindingen, aanbevelingen): bounded, in Dutch.

A browser sends the number of rows itself (``<prefix>-TOTAL_FORMS``); a tampered number must
neither build a hundred thousand forms nor break the page. Every row formset of the site caps
its rows with ``absolute_max`` (never more forms are built) and ``validate_max`` (a Dutch
message instead of silently dropped rows).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT, BaseFormSet
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.utils.functional import cached_property


class RowFormSet(BaseInlineFormSet):
    default_error_messages = {
        "missing_management_form": (
            "Het formulier is onvolledig verstuurd: het aantal rijen ontbreekt of is ongeldig. "
            "Laad de pagina opnieuw en probeer het nog eens."
        ),
        "too_many_forms": "Dit formulier heeft hoogstens %(num)d rijen.",
    }

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None and index < self.initial_form_count():
            # A stored row the person left untouched is not validated again: that would look
            # up its names, its own id and its foreign keys and run its constraints in the
            # database, a dozen queries per row (a verband has up to 400 rows). It is not
            # saved either; checks across rows read its stored instance (``kept_instances``).
            kwargs["empty_permitted"] = True
        return kwargs

    def clean(self):
        super().clean()
        # A new row never carries the id of a stored one. It does when the row count of stored
        # rows (``INITIAL_FORMS``) was lowered: saved as new, they would be doubled or break a
        # unique constraint.
        pk_name = self.model._meta.pk.name
        if any(self.data.get(form.add_prefix(pk_name)) for form in self.extra_forms):
            raise ValidationError(
                self.error_messages["missing_management_form"], code="missing_management_form"
            )

    def kept_instances(self) -> list:
        """The rows as they will be after saving: changed and untouched stored rows, and new
        rows with input; not the rows marked for deletion."""
        kept = []
        for index, form in enumerate(self.forms):
            stored = index < self.initial_form_count() and form.instance.pk is not None
            if self._should_delete_form(form) or not (stored or form.has_changed()):
                continue
            kept.append(form.instance)
        return kept

    @cached_property
    def management_form(self):
        """Django's management form, which also refuses negative or inconsistent row counts.

        Django accepts ``TOTAL_FORMS=-1``: no rows are built and the rest of the page would be
        saved while every row change is silently dropped.
        """
        form = BaseFormSet.management_form.func(self)
        if self.is_bound and form.is_valid():
            total, initial = (
                form.cleaned_data[TOTAL_FORM_COUNT],
                form.cleaned_data[INITIAL_FORM_COUNT],
            )
            if total < 0 or initial < 0 or initial > total:
                form.add_error(None, "Ongeldig aantal rijen.")
                form.cleaned_data.update({TOTAL_FORM_COUNT: 0, INITIAL_FORM_COUNT: 0})
        return form


def row_formset(parent_model, model, *, max_rows: int, formset=RowFormSet, **kwargs):
    """``inlineformset_factory`` with the project's row limit and messages."""
    return inlineformset_factory(
        parent_model,
        model,
        formset=formset,
        max_num=max_rows,
        absolute_max=max_rows,
        validate_max=True,
        **kwargs,
    )


def more_rows_total(data, prefix: str, *, more: int, max_rows: int) -> str:
    """The row count after "more rows": the submitted count plus ``more``, within the limit.

    The submitted count may be anything (``abc``, ``1.5``, ``-1``); it then counts as none.
    """
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS") or 0)
    except ValueError:
        total = 0
    return str(min(max(total, 0) + more, max_rows))
