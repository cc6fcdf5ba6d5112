"""Form fields that read and show values the Dutch way: dates, euro amounts."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.formats import number_format

DUTCH_DATE_FORMATS = ["%d-%m-%Y", "%d-%m-%y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%Y-%m-%d"]


class DutchDateField(forms.DateField):
    """A date typed as 31-12-2024 (also 31/12/2024, 31.12.2024 or 2024-12-31), shown as 31-12-2024."""

    widget = forms.DateInput(
        format="%d-%m-%Y", attrs={"placeholder": "dd-mm-jjjj", "inputmode": "numeric"}
    )
    input_formats = DUTCH_DATE_FORMATS
    default_error_messages = {
        "invalid": "Vul een geldige datum in als dag-maand-jaar, bijvoorbeeld 31-12-2024."
    }


# 1.234.567,89 or 1234567,89 or 1234567.89 (a single dot with 1 or 2 decimals).
THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d{1,2})?$", re.ASCII)
PLAIN_NUMBER = re.compile(r"^-?(\d+(\.\d+)?|\.\d+)\Z", re.ASCII)


def parse_euro(value: str) -> Decimal:
    """Parse an amount as people type it in the Netherlands; raises ``ValueError``."""
    text = value.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    text = text.removesuffix(",-").removesuffix(",--")
    if THOUSANDS_DOTS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        if "." in text or text.count(",") > 1:
            raise ValueError(value)
        text = text.replace(",", ".")
    elif text.count(".") > 1:
        raise ValueError(value)
    # Only the digits people type here: Decimal() would also take "1e5", "NaN" and Arabic-Indic
    # or full-width digits, which no one means as an amount in euro.
    if not PLAIN_NUMBER.match(text):
        raise ValueError(value)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(value) from None
    if not amount.is_finite():
        raise ValueError(value)
    return amount


class EuroField(forms.DecimalField):
    """An amount in euro: accepts '€ 1.234,56', '1234,56', '1234.56' and '1.234'; shows '1.234,56'."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})
    default_error_messages = {
        "invalid": "Vul een bedrag in euro in, bijvoorbeeld 12.500 of 12.500,50.",
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_euro(str(value))
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def prepare_value(self, value):
        if isinstance(value, Decimal | int | float):
            return number_format(value, decimal_pos=2, use_l10n=True, force_grouping=True)
        return value

    def widget_attrs(self, widget):
        # A text input (DecimalField would make it type=number, which refuses "1.234,56").
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        return attrs
