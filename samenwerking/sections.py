"""Sections that one app contributes to another app's page, without that app importing it.

The registry must not depend on evaluaties or kennisbank, yet a verband's page shows its
evaluaties and the publicaties about it. The registry's templates name a slot
(``{% sections "verband.detail" verband %}``); the other apps register what fills it in their
``AppConfig.ready``. The same pattern NetBox uses for plugin template extensions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.template import Context
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Section:
    template: str
    # (template context, the page's object) -> the section's own context
    context: Callable[[Context, object], dict]
    order: int


_slots: dict[str, list[Section]] = defaultdict(list)


def register(slot: str, template: str, *, order: int = 50):
    """Decorator for a function ``(context, obj) -> dict`` that fills ``slot`` with ``template``."""

    def decorator(function):
        _slots[slot].append(Section(template, function, order))
        _slots[slot].sort(key=lambda section: section.order)
        return function

    return decorator


def render(slot: str, context: Context, obj) -> SafeString:
    request = context.get("request")
    parts = [
        render_to_string(
            section.template,
            {"request": request, "user": getattr(request, "user", None)}
            | section.context(context, obj),
            request=request,
        )
        for section in _slots.get(slot, ())
    ]
    return mark_safe("".join(parts))
