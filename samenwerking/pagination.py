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


def rows_in_order(queryset, pks: list) -> list:
    """The rows of ``queryset`` with primary keys ``pks``, in that order: a page (or a chunk of
    an export) that was cut over the keys alone, so that only its own rows compute what is
    expensive per row."""
    by_pk = {row.pk: row for row in queryset.filter(pk__in=pks)}
    return [by_pk[pk] for pk in pks]
