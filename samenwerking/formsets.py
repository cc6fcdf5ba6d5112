"""Formsets of rows (deelnames, partners, bevindingen, aanbevelingen): bounded, in Dutch.

A browser sends the number of rows itself (``<prefix>-TOTAL_FORMS``); a tampered number must
neither build a hundred thousand forms nor break the page. Every row formset of the site caps
its rows with ``absolute_max`` (never more forms are built) and ``validate_max`` (a Dutch
message instead of silently dropped rows).
"""

from __future__ import annotations

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
