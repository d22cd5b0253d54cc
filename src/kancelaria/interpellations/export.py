"""The filtered register as CSV or XLSX: what the current user may see, never an answer text.

CSV: UTF-8 with a byte order mark (Excel then reads Polish letters right), ``;`` between
fields (the list separator of the Polish Windows locale, so Excel splits the columns on
double-click), CRLF line ends, dates as ISO ``YYYY-MM-DD``. XLSX (openpyxl): one sheet, a
bold frozen header row with a filter, column widths, dates as real date cells.

Rows come from catalog metadata only; the answer itself is never exported, only its date
and the item's address, where a reader finds it once it is public.
"""

from datetime import date
from io import BytesIO
from io import StringIO
from kancelaria import _
from kancelaria import clock
from kancelaria.case.limits import strip_controls
from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from zope.i18n import translate

import csv

#: (key, header, width in characters of the XLSX column)
COLUMNS = (
    ("signature", _("Signature"), 20),
    ("kind", _("Kind"), 18),
    ("title", _("Subject"), 60),
    ("councillor", _("Councillor"), 24),
    ("received_date", _("Received"), 12),
    ("deadline", _("Deadline"), 12),
    ("state", _("State"), 22),
    ("answer_date", _("Date of the answer"), 14),
    ("overdue", _("Overdue"), 10),
    ("url", _("Web address"), 60),
)
KEYS = tuple(key for key, _title, _width in COLUMNS)
DATES = ("received_date", "deadline", "answer_date")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
#: A cell starting with one of these is a formula to Excel (CSV injection): quoted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def headers(request):
    return [translate(title, context=request) for _key, title, _width in COLUMNS]


def rows(brains, request, today=None):
    """One dict per brain, keyed like ``COLUMNS``; dates stay ``date`` objects."""
    today = today or clock.today()
    yes = translate(_("yes"), context=request)
    no = translate(_("no"), context=request)
    for brain in brains:
        yield {
            "signature": strip_controls(brain.signature or ""),
            "kind": query.kind_title(brain.kind, request),
            # Control characters (a NUL byte) are refused on input, but one stored before
            # or by a script must not break the file for everyone: openpyxl refuses them.
            "title": strip_controls(brain.Title or ""),
            "councillor": strip_controls(query.councillor_name(brain.councillor)),
            "received_date": brain.received_date,
            "deadline": brain.deadline,
            "state": query.state_title(brain.review_state, request),
            "answer_date": brain.answer_date,
            "overdue": yes if stats.is_overdue(brain, today) else no,
            "url": brain.getURL(),
        }


def _csv_value(value):
    """Dates as ISO text; text that a spreadsheet would run as a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def to_csv(brains, request):
    out = StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers(request))
    for row in rows(brains, request):
        writer.writerow([_csv_value(row[key]) for key in KEYS])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def to_xlsx(brains, request):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate(_("Interpellations"), context=request)[:31]
    sheet.append(headers(request))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows(brains, request), start=2):
        sheet.append([row[key] for key in KEYS])
        for column, key in enumerate(KEYS, start=1):
            cell = sheet.cell(row=number, column=column)
            if key in DATES and row[key] is not None:
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(row[key], str):
                cell.data_type = "s"  # text stays text, never a formula
            if key == "url":
                cell.hyperlink = row[key]
    for column, (_key, _title, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


WRITERS = {"csv": to_csv, "xlsx": to_xlsx}


def filename(context, filters, fmt):
    parts = [context.getId()]
    if filters.get("year"):
        parts.append(str(filters["year"]))
    return "-".join(parts) + "." + fmt
