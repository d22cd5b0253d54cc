"""The filtered register as CSV or XLSX: what the current user may see, never an answer text.

The files are written by the registers' common export (``case.export``: CSV for Excel with
ISO dates, XLSX with real date cells); this module names the columns and the rows.

Rows come from catalog metadata only; the answer itself is never exported, only its date
and the item's address, where a reader finds it once it is public.
"""

from functools import partial
from kancelaria import _
from kancelaria import clock
from kancelaria.case import export
from kancelaria.case.limits import strip_controls
from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from zope.i18n import translate

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
DATES = ("received_date", "deadline", "answer_date")
CONTENT_TYPES = export.CONTENT_TYPES


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


TABLE = export.Table(COLUMNS, DATES, _("Interpellations"), rows)
WRITERS = {fmt: partial(write, TABLE) for fmt, write in export.WRITERS.items()}
to_csv = WRITERS["csv"]
to_xlsx = WRITERS["xlsx"]


def filename(context, filters, fmt):
    parts = [context.getId()]
    if filters.get("year"):
        parts.append(str(filters["year"]))
    return "-".join(parts) + "." + fmt
