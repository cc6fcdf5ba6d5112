"""Data out: every list as CSV, XLSX or JSON, with exactly the rows of the list on screen.

An ``Export`` is a title, its ``Column``s, the rows (the list's FilterSet queryset, so the same
filters and the same visibility) and the filters that were used. The formats:

- CSV streams row by row: UTF-8 with a BOM and ``;`` between cells, as Dutch Excel expects
  (``scheidingsteken=komma`` gives ``,``). A cell that starts with ``= + - @``, a tab or a
  carriage return gets a leading apostrophe, so a spreadsheet never runs it as a formula.
- JSON streams an array of objects with the same column names.
- XLSX is written in openpyxl's write-only mode to a temporary file (memory stays bounded), with
  typed cells (dates as dates, amounts as numbers), a frozen header row, column widths and a
  second sheet with the filters used and the date of the extract.

Column names are the importer's names, so that export, edit in Excel and import is a round trip.
"""

from __future__ import annotations

import csv
import datetime
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter
from typing import Any

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone

from .pagination import rows_in_order

FORMAT_PARAM = "formaat"
SEPARATOR_PARAM = "scheidingsteken"
# Which rows, where a list offers more than one kind (verbanden or their deelnames).
ROWS_PARAM = "rijen"
# An empty file with the columns and, in XLSX, what each column holds: for filling in by hand.
TEMPLATE_PARAM = "sjabloon"
FORMATS = ("csv", "xlsx", "json")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK_SIZE = 500

TEXT, DATE, NUMBER, INTEGER = "text", "date", "number", "integer"


@dataclass(frozen=True)
class Column:
    name: str
    value: Callable[[Any], Any]
    kind: str = TEXT
    width: int = 18
    description: str = ""


def fields(names: str, kind: str = TEXT) -> list[Column]:
    """Columns that show a row's attributes of the same name: ``fields("naam afkorting")``."""
    width = {TEXT: 24, DATE: 12}.get(kind, 10)
    return [Column(name, attrgetter(name), kind, width) for name in names.split()]


@dataclass
class Export:
    title: str
    filename: str
    columns: list[Column]
    rows: Iterable[Any]
    # (label, value) of every filter that narrowed the rows, for the XLSX "Filters" sheet.
    filters: list[tuple[str, str]] = field(default_factory=list)
    source: str = ""
    about_heading: tuple[str, str] = ("Filter", "Waarde")

    @classmethod
    def template(cls, title: str, filename: str, columns: list[Column]) -> Export:
        """No rows; the second sheet explains the columns instead of the filters."""
        return cls(
            title=title,
            filename=f"{filename}-sjabloon",
            columns=columns,
            rows=[],
            filters=[(column.name, column.description or "") for column in columns],
            about_heading=("Kolom", "Betekenis"),
        )

    def values(self) -> Iterator[list[Any]]:
        for row in self.rows:
            yield [column.value(row) for column in self.columns]
            # A prefetched relation refers back to its row (a reference cycle), so rows would
            # wait for the cyclic garbage collector; dropping the cache frees each row at once
            # and keeps a long export's memory at one chunk.
            getattr(row, "_prefetched_objects_cache", {}).clear()


def in_chunks_by_pk(queryset, chunk_size: int = CHUNK_SIZE) -> Iterator[Any]:
    """The rows of ``queryset`` in its order, fetched ``chunk_size`` at a time by primary key.

    For querysets with annotations that are expensive per row (the schaal of a verband):
    sorting the whole queryset would compute them for every row before the first one could
    be sent; sorting the keys is cheap, and each chunk computes only its own rows.
    """
    pks = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(pks), chunk_size):
        yield from rows_in_order(queryset, pks[start : start + chunk_size])


def neutralise(text: str) -> str:
    """Formula injection: a text a spreadsheet would run as a formula is shown as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (list, tuple)):
        return ", ".join(as_text(item) for item in value)
    return str(value)


class _Echo:
    """A file-like object for ``csv.writer`` that hands back what it is given."""

    def write(self, value: str) -> str:
        return value


def csv_response(export: Export, delimiter: str = ";") -> StreamingHttpResponse:
    writer = csv.writer(_Echo(), delimiter=delimiter, lineterminator="\r\n")
    # With ";" (Dutch Excel) amounts get a decimal comma, as Dutch Excel reads them.
    decimal_comma = delimiter == ";"
    kinds = [column.kind for column in export.columns]

    def cell(kind: str, value: Any) -> str:
        text = as_text(value)
        if kind == NUMBER and decimal_comma:
            return text.replace(".", ",")
        return neutralise(text)

    def lines() -> Iterator[str]:
        yield "\ufeff" + writer.writerow([column.name for column in export.columns])
        for values in export.values():
            yield writer.writerow([cell(k, v) for k, v in zip(kinds, values, strict=True)])

    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in lines()), content_type="text/csv; charset=utf-8"
    )
    return _as_attachment(response, f"{export.filename}.csv")


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    return value


def json_response(export: Export) -> StreamingHttpResponse:
    names = [column.name for column in export.columns]

    def chunks() -> Iterator[str]:
        yield "["
        for index, values in enumerate(export.values()):
            row = {name: _json_value(value) for name, value in zip(names, values, strict=True)}
            yield ("," if index else "") + "\n" + json.dumps(row, ensure_ascii=False)
        yield "\n]\n"

    response = StreamingHttpResponse(
        (chunk.encode("utf-8") for chunk in chunks()),
        content_type="application/json; charset=utf-8",
    )
    return _as_attachment(response, f"{export.filename}.json")


def xlsx_response(export: Export) -> FileResponse:
    # Imported here: only downloads need openpyxl, and it takes a moment to load.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(export.title[:31])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(export.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    bold = Font(bold=True)

    def header(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        return cell

    sheet.append([header(column.name) for column in export.columns])
    formats = {DATE: "DD-MM-YYYY", NUMBER: "#,##0.00", INTEGER: "0"}
    for values in export.values():
        cells = []
        for column, value in zip(export.columns, values, strict=True):
            if value is not None:
                if column.kind == TEXT:
                    value = neutralise(as_text(value))
                elif column.kind == NUMBER:
                    value = float(value)
            cell = WriteOnlyCell(sheet, value=value)
            if value is not None and column.kind in formats:
                cell.number_format = formats[column.kind]
            cells.append(cell)
        sheet.append(cells)

    about = workbook.create_sheet("Filters")
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 60
    about.append([header("Uittreksel"), export.title])
    about.append([header("Datum"), timezone.localtime().strftime("%d-%m-%Y %H:%M")])
    if export.source:
        about.append([header("Bron"), export.source])
    about.append([])
    about.append([header(text) for text in export.about_heading])
    for label, value in export.filters or [("Geen filters", "alle rijen die u mag zien")]:
        about.append([label, neutralise(value)])

    # A temporary file rather than memory: write-only mode keeps rows out of memory, and the
    # file is streamed to the browser and removed when the response is closed.
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{export.filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _as_attachment(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_response(request, export: Export):
    """The file the query string asks for (``formaat``), or None when it asks for none."""
    chosen = request.GET.get(FORMAT_PARAM)
    if chosen == "csv":
        delimiter = "," if request.GET.get(SEPARATOR_PARAM) == "komma" else ";"
        return csv_response(export, delimiter)
    if chosen == "json":
        return json_response(export)
    if chosen == "xlsx":
        return xlsx_response(export)
    return None


def dated_filename(stem: str) -> str:
    return f"{stem}-{timezone.localdate():%Y-%m-%d}"
