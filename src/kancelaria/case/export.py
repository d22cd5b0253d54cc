"""A register's listing as CSV or XLSX: one table of columns, two writers.

CSV: UTF-8 with a byte order mark (Excel then reads Polish letters right), ``;`` between
fields (the list separator of the Polish Windows locale, so Excel splits the columns on
double-click), CRLF line ends, dates as ISO ``YYYY-MM-DD``. XLSX (openpyxl): one sheet, a
bold frozen header row with a filter, column widths, dates as real date cells. Text a
spreadsheet would run as a formula stays text in both.

A register describes its export with a ``Table`` (its columns, its date columns, the sheet's
title and a function turning catalog brains into rows) and the view ``ExportView`` serves it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from io import StringIO
from kancelaria import _
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from Products.Five import BrowserView
from zope.i18n import translate

import csv

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: A cell starting with one of these is a formula to Excel (CSV injection): quoted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    #: (key, header, width in characters of the XLSX column)
    columns: tuple
    #: The keys whose values are ``date`` objects.
    dates: tuple
    #: The XLSX sheet's title (a message id).
    sheet_title: object
    #: ``rows(brains, request)`` → one dict per brain, keyed like ``columns``.
    rows: Callable
    #: The column whose value is an address (a hyperlink in XLSX).
    link: str = "url"

    @property
    def keys(self):
        return tuple(key for key, _title, _width in self.columns)

    def headers(self, request):
        return [translate(title, context=request) for _key, title, _width in self.columns]


def csv_value(value):
    """Dates as ISO text; text that a spreadsheet would run as a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def to_csv(table, brains, request):
    out = StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headers(request))
    keys = table.keys
    for row in table.rows(brains, request):
        writer.writerow([csv_value(row[key]) for key in keys])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def to_xlsx(table, brains, request):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate(table.sheet_title, context=request)[:31]
    sheet.append(table.headers(request))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    keys = table.keys
    for number, row in enumerate(table.rows(brains, request), start=2):
        sheet.append([row[key] for key in keys])
        for column, key in enumerate(keys, start=1):
            cell = sheet.cell(row=number, column=column)
            if key in table.dates and row[key] is not None:
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(row[key], str):
                cell.data_type = "s"  # text stays text, never a formula
            if key == table.link:
                cell.hyperlink = row[key]
    for column, (_key, _title, width) in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


WRITERS = {"csv": to_csv, "xlsx": to_xlsx}


class ExportView(BrowserView):
    """``@@<register>-export?format=csv|xlsx&`` and the page's parameters (its filters and
    its order). A subclass names its ``table``, ``parse(form)``, ``search(context,
    filters)`` and ``filename(filters, fmt)``."""

    table = None

    def parse(self, form):
        raise NotImplementedError

    def search(self, filters):
        raise NotImplementedError

    def filename(self, filters, fmt):
        return f"{self.context.getId()}.{fmt}"

    def __call__(self):
        response = self.request.response
        try:
            fmt = params.text(self.request.form, "format") or "csv"
            if fmt not in WRITERS:
                raise CaseInputError("format", _("error_export_format", default="use csv or xlsx."))
            filters = self.parse(self.request.form)
        except CaseInputError as error:
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return f"{error.field}: {error.translated(self.request)}"
        body = WRITERS[fmt](self.table, self.search(filters), self.request)
        response.setHeader("Content-Type", CONTENT_TYPES[fmt])
        response.setHeader(
            "Content-Disposition", f'attachment; filename="{self.filename(filters, fmt)}"'
        )
        response.setHeader("Content-Length", str(len(body)))
        response.setHeader("Cache-Control", "private, no-store")
        return body
