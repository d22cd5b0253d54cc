"""One letter of the register as a row (the page, the export and ``@letters``), and the
register as CSV or XLSX (``case.export``): what the current user may see, in the page's
order, dates as ISO dates, the Polish column titles."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case import deadlines
from kancelaria.case import export
from kancelaria.case.limits import strip_controls
from kancelaria.letters import query


def row(brain, request, today=None):
    """What a person reads of one letter; dates stay ``date`` objects."""
    status = days_left = None
    if brain.case_open and brain.deadline:
        status = deadlines.status(brain.deadline, today)
        days_left = (brain.deadline - (today or clock.today())).days
    direction = query.direction(brain)
    return {
        "signature": brain.signature,
        "incoming_number": query.incoming_number(brain),
        "direction": direction,
        "direction_title": query.direction_title(direction, request),
        "title": brain.Title,
        "url": brain.getURL(),
        "party": query.party(brain),
        "kind": brain.kind if isinstance(brain.kind, str) else None,
        "kind_title": query.kind_title(brain.kind, brain.portal_type, request),
        "state": brain.review_state,
        "state_title": query.state_title(brain.review_state, brain.portal_type, request),
        "departments": list(brain.departments or ()),
        "date": brain.register_date,
        "deadline": brain.deadline,
        "days_left": days_left,
        "status": status,
    }


#: (key, header, width in characters of the XLSX column)
COLUMNS = (
    ("signature", _("Signature"), 20),
    ("incoming_number", _("Incoming number"), 16),
    ("direction", _("Direction"), 14),
    ("title", _("Subject"), 50),
    ("party", _("Sender or recipients"), 36),
    ("kind", _("Kind"), 22),
    ("state", _("State"), 20),
    ("departments", _("Departments"), 14),
    ("date", _("Received or sent"), 14),
    ("deadline", _("Deadline"), 12),
    ("days_left", _("Days left"), 10),
    ("url", _("Web address"), 60),
)
DATES = ("date", "deadline")


def rows(brains, request):
    today = clock.today()
    for brain in brains:
        item = row(brain, request, today)
        yield {
            "signature": strip_controls(item["signature"] or ""),
            "incoming_number": item["incoming_number"] or "",
            "direction": item["direction_title"],
            # A control character stored by a script must not break the file for everyone.
            "title": strip_controls(item["title"] or ""),
            "party": strip_controls(item["party"]),
            "kind": strip_controls(item["kind_title"]),
            "state": item["state_title"],
            "departments": ", ".join(item["departments"]),
            "date": item["date"],
            "deadline": item["deadline"],
            "days_left": "" if item["days_left"] is None else str(item["days_left"]),
            "url": item["url"],
        }


TABLE = export.Table(COLUMNS, DATES, _("Correspondence"), rows)


def filename(context, filters, fmt):
    parts = [context.getId()]
    if filters.get("direction"):
        parts.append(filters["direction"])
    return "-".join(parts) + "." + fmt
