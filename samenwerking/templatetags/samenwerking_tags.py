"""The portal's template tags, for every app: Dutch amounts, pagination, breadcrumbs, bars and
the section slots other apps fill (``samenwerking/sections.py``)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.core.paginator import Page

from .. import sections as page_sections

register = template.Library()

NBSP = "\u00a0"


@register.filter
def euro(value, decimals: str | int | None = None) -> str:
    """Format an amount in euro the Dutch way: ``€ 1.234.567`` or ``€ 1.234,50``.

    Whole euros are shown without cents unless ``decimals`` asks for them
    (``{{ bedrag|euro:2 }}``). ``None`` and empty strings give an empty string.
    """
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    places = 2 if decimals is None else int(decimals)
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if decimals is None and amount == amount.to_integral_value():
        places = 0
    text = f"{abs(amount):,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    sign = "-" if amount < 0 else ""
    return f"€{NBSP}{sign}{text}"


@register.simple_tag
def page_range(page: Page, on_each_side: int = 2, on_ends: int = 1) -> list:
    """Page numbers around the current page, with ``None`` where pages are left out."""
    ellipsis = page.paginator.ELLIPSIS
    return [
        None if number == ellipsis else number
        for number in page.paginator.get_elided_page_range(
            page.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, *items):
    """An NL Design System breadcrumb trail.

    Arguments alternate label and URL; the last label (the current page) needs no URL:
    ``{% breadcrumbs "Home" home_url "Verbanden" list_url verband.naam %}``.
    """
    pairs = [
        (items[i], items[i + 1] if i + 1 < len(items) else "") for i in range(0, len(items), 2)
    ]
    request = context.get("request")
    current_url = request.path if request else ""
    crumbs = []
    for index, (label, url) in enumerate(pairs):
        is_current = index == len(pairs) - 1
        crumbs.append(
            {"label": label, "url": current_url if is_current else url, "current": is_current}
        )
    return {"crumbs": crumbs}


@register.simple_tag
def bar_step(value, total) -> int:
    """``value`` as a share of ``total`` in steps of 5 (0-100), for CSS bar classes.

    Any non-zero value gets at least step 5, so that it stays visible.
    """
    try:
        value, total = float(value or 0), float(total or 0)
    except (TypeError, ValueError):
        return 0
    if value <= 0 or total <= 0:
        return 0
    step = round(min(value / total, 1) * 20) * 5
    return max(step, 5)


@register.filter
def max_aantal(items) -> int:
    """The largest count in ``items``: ``(label, count)`` pairs or objects with ``.aantal``."""
    counts = [
        item[1] if isinstance(item, (tuple, list)) else getattr(item, "aantal", 0)
        for item in items or ()
    ]
    return max(counts, default=0)


@register.simple_tag(takes_context=True)
def sections(context, slot: str, obj=None):
    """What other apps contribute to this page at ``slot`` (see ``samenwerking/sections.py``)."""
    return page_sections.render(slot, context, obj)
