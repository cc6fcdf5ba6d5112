"""Plausible dates, and date arithmetic that never raises on stored data.

A year 9999 or 0001 is a typing error, not a fact about a samenwerkingsverband: dates are
bounded at the model (so the site's forms, the admin and any import share the rule) with a
Dutch message that says so. Rows stored before the bounds existed may still hold such dates,
so every calculation with a date goes through ``add_years``, which clamps instead of raising.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.formats import date_format

# The oldest cooperations of gemeenten in the registry (waterschappen aside) are younger.
EARLIEST = datetime.date(1850, 1, 1)


def add_years(date: datetime.date, years: int) -> datetime.date:
    """``date`` plus ``years`` (29 February becomes 28 February), clamped to what a date holds."""
    year = date.year + years
    if year > datetime.MAXYEAR:
        return datetime.date.max
    if year < datetime.MINYEAR:
        return datetime.date.min
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February in a year that has none
        return date.replace(year=year, day=28)


@deconstructible
class PlausibleDateValidator:
    """Refuses dates before ``EARLIEST`` or more than ``years_ahead`` years after today.

    Today is taken at validation time (a fixed limit in a migration would age); ``years_ahead``
    is the argument migrations record.
    """

    def __init__(self, years_ahead: int):
        self.years_ahead = years_ahead

    def latest(self) -> datetime.date:
        return add_years(timezone.localdate(), self.years_ahead)

    def __call__(self, value: datetime.date) -> None:
        if value is None:
            return
        latest = self.latest()
        if EARLIEST <= value <= latest:
            return
        raise ValidationError(
            "%(jaar)s is geen plausibel jaar; is het een tikfout? Vul een datum in tussen "
            "%(vroegst)s en %(laatst)s.",
            code="implausible_date",
            params={
                "jaar": value.year,
                "vroegst": date_format(EARLIEST, "j F Y"),
                "laatst": date_format(latest, "j F Y"),
            },
        )

    def __eq__(self, other) -> bool:
        return isinstance(other, PlausibleDateValidator) and other.years_ahead == self.years_ahead

    def __hash__(self) -> int:
        return hash(self.years_ahead)


# Oprichting, opheffing, toetreding and uittreding may be planned some years ahead.
registry_date = PlausibleDateValidator(years_ahead=10)
# An evaluation or a publication is at most a year ahead (a planned date of appearance).
report_date = PlausibleDateValidator(years_ahead=1)
