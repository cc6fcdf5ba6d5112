"""Presentation helpers that only the registry's templates need."""

from __future__ import annotations

from django import template

from verbanden.choices import PartnerSoort

register = template.Library()


@register.filter
def partner_soort(value) -> str:
    """Label of a ``PartnerSoort`` value, for rows from ``.values()`` (no model instance)."""
    try:
        return PartnerSoort(value).label
    except ValueError:
        return value or ""
