"""The one list view: every list page is a ``FilteredListView`` over a ``PortalFilterSet``.

It gives every list the same behaviour: the FilterSet decides what is in the list; a page
number out of range or not a number shows the nearest page (``pagination.nearest_page``); the
page size is chosen from ``PAGE_SIZES`` under ``per_pagina``; facet counts come from
``facets.facets``; an invalid filter value is ignored and reported, the others apply; and
``?formaat=csv|xlsx|json`` downloads every row of the filtered list (``exports.py``).
"""

from __future__ import annotations

from django_filters.views import FilterView

from .exports import (
    CHUNK_SIZE,
    FORMAT_PARAM,
    FORMATS,
    TEMPLATE_PARAM,
    Export,
    dated_filename,
    export_response,
    in_chunks_by_pk,
)
from .facets import facets
from .filters import PAGE_PARAM, PAGE_SIZE_PARAM, SORT_PARAM
from .pagination import nearest_page, rows_in_order

PAGE_SIZES = (10, 25, 50, 100)


def chosen_page_size(request, sizes=PAGE_SIZES, default: int = 25) -> int:
    """``per_pagina`` when it is one of ``sizes``, else ``default``."""
    try:
        size = int(request.GET.get(PAGE_SIZE_PARAM, default))
    except ValueError:
        return default
    return size if size in sizes else default


class FilteredListView(FilterView):
    """Subclasses set ``filterset_class``, ``template_name``, ``context_object_name`` and
    ``get_queryset`` (what the user may see, with what the rows show)."""

    page_kwarg = PAGE_PARAM
    page_sizes = PAGE_SIZES
    paginate_by = 25
    # An invalid value in one filter leaves the others working (and is reported).
    strict = False
    # Count and cut pages over primary keys, then fetch that page's rows: for querysets whose
    # annotations are expensive per row (the schaal of a verband), so that only one page of
    # rows computes them.
    page_by_pk = False
    # Whether ``q`` is one of the filters in the filter column; a list with its own search box
    # above the results (the kennisbank) says False.
    search_in_filters = True

    # Exports (samenwerking/exports.py): a list with an ``export_filename`` has downloads, with
    # ``export_columns()``; the rows are the FilterSet's, all pages of them.
    export_title = ""
    export_filename = ""

    def export_columns(self) -> list:
        return []

    def export_rows(self, queryset):
        """The rows of the file, streamed from the database in chunks."""
        if self.page_by_pk:
            return in_chunks_by_pk(queryset)
        return queryset.iterator(chunk_size=CHUNK_SIZE)

    def get(self, request, *args, **kwargs):
        if request.GET.get(FORMAT_PARAM) in FORMATS and self.export_filename:
            return export_response(request, self.export())
        return super().get(request, *args, **kwargs)

    def export(self) -> Export:
        """The file for ``?formaat=``: every row of the filtered list, or the empty template."""
        title, filename, columns = self.export_title, self.export_filename, self.export_columns()
        if self.request.GET.get(TEMPLATE_PARAM):
            return Export.template(title, filename, columns)
        self.filterset = self.get_filterset(self.get_filterset_class())
        return Export(
            title=title,
            filename=dated_filename(filename),
            columns=columns,
            rows=self.export_rows(self.filterset.qs),
            filters=self.filterset.described(),
            source=self.request.build_absolute_uri(),
        )

    def get_paginate_by(self, queryset) -> int:
        return chosen_page_size(self.request, self.page_sizes, self.paginate_by)

    def paginate_queryset(self, queryset, page_size):
        rows = queryset.values_list("pk", flat=True) if self.page_by_pk else queryset
        paginator = self.get_paginator(rows, page_size)
        page = nearest_page(paginator, self.request.GET.get(self.page_kwarg))
        if self.page_by_pk:
            page.object_list = rows_in_order(queryset, list(page.object_list))
        page.object_list = self.decorate(list(page.object_list))
        return paginator, page, page.object_list, page.has_other_pages()

    def decorate(self, rows: list) -> list:
        """A hook for what one page of rows needs besides the rows (search snippets)."""
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        by_name = {facet.name: facet for facet in facets(filterset, filterset.queryset)}
        context.update(
            page_sizes=self.page_sizes,
            # Not export_columns(): the evaluaties' columns cost a query, a page needs none.
            export_formats=FORMATS if self.export_filename else (),
            filters_active=filterset.is_active,
            ignored_filters=filterset.ignored,
            query=filterset.query,
            facets=list(by_name.values()),
            filter_fields=[
                (field, by_name.get(field.name))
                for field in filterset.form
                if not field.is_hidden
                and field.name != SORT_PARAM
                and (field.name != "q" or self.search_in_filters)
            ],
        )
        return context
