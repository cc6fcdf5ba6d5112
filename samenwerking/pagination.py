"""Tolerant paging, shared by every list: a page number out of range or not a number shows the
nearest valid page instead of a 404, so links to "page 7" stay usable after filters or the
data shrink; "last" is the last page."""

from __future__ import annotations

from django.core.paginator import Page, Paginator


def nearest_page(paginator: Paginator, requested: str | None) -> Page:
    if requested == "last":
        return paginator.page(paginator.num_pages)
    try:
        number = int(requested or 1)
    except ValueError:
        number = 1
    return paginator.page(min(max(number, 1), paginator.num_pages))
