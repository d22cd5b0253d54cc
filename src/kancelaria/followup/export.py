"""One directive of the dashboard as a row (the page, the export and ``@directives``), and
the dashboard as CSV or XLSX (``case.export``): what the current user may see, in the
page's order, read from the catalog's columns alone."""

from datetime import datetime
from kancelaria import _
from kancelaria import clock
from kancelaria.case import deadlines
from kancelaria.case import export
from kancelaria.case import labels
from kancelaria.case.limits import strip_controls
from kancelaria.content.directive import PRIORITIES
from zope.i18n import translate


def _text(value):
    return value if isinstance(value, str) else ""


def meeting_day(value):
    """The catalog's ``meeting_start`` of a directive (its meeting's day)."""
    if isinstance(value, datetime):
        return value.date()
    return value if hasattr(value, "isoformat") else None


def priority_title(token, request):
    try:
        return translate(PRIORITIES.getTerm(token).title, context=request)
    except LookupError:
        return _text(token)


class Labels:
    """Translated titles, looked up once per listing."""

    def __init__(self, request):
        self.request = request
        self._cache = {}

    def state(self, state):
        key = ("state", state)
        if key not in self._cache:
            self._cache[key] = labels.state_title(state, "Directive", self.request)
        return self._cache[key]

    def priority(self, token):
        key = ("priority", token)
        if key not in self._cache:
            self._cache[key] = priority_title(token, self.request)
        return self._cache[key]


def row(brain, request, today=None, titles=None):
    """What a person reads of one directive; dates stay ``date`` objects."""
    today = today or clock.today()
    titles = titles or Labels(request)
    status = days_left = None
    if brain.case_open and brain.deadline:
        status = deadlines.status(brain.deadline, today)
        days_left = (brain.deadline - today).days
    url = brain.getURL()
    percent = brain.progress_percent
    return {
        "url": url,
        "signature": _text(brain.signature),
        "title": brain.Title,
        "meeting_url": url.rsplit("/", 1)[0],
        "meeting_title": _text(brain.meeting_title),
        "meeting_day": meeting_day(brain.meeting_start),
        "departments": list(brain.departments or ()),
        "responsible_person": _text(brain.responsible_person),
        "priority": _text(brain.directive_priority),
        "priority_title": titles.priority(brain.directive_priority),
        "state": brain.review_state,
        "state_title": titles.state(brain.review_state),
        "deadline": brain.deadline,
        "days_left": days_left,
        "status": status,
        "progress_percent": percent if isinstance(percent, int) else 0,
    }


#: (key, header, width in characters of the XLSX column)
COLUMNS = (
    ("signature", _("Signature"), 20),
    ("title", _("Directive"), 50),
    ("meeting", _("Meeting"), 36),
    ("meeting_day", _("Meeting date"), 14),
    ("departments", _("Departments"), 14),
    ("responsible_person", _("Responsible person"), 24),
    ("priority", _("Priority"), 12),
    ("state", _("State"), 20),
    ("deadline", _("Deadline"), 12),
    ("days_left", _("Days left"), 10),
    ("progress_percent", _("Percent done"), 10),
    ("url", _("Web address"), 60),
)
DATES = ("meeting_day", "deadline")


def rows(brains, request):
    today = clock.today()
    titles = Labels(request)
    for brain in brains:
        item = row(brain, request, today, titles)
        yield {
            "signature": strip_controls(item["signature"]),
            # A control character stored by a script must not break the file for everyone.
            "title": strip_controls(item["title"] or ""),
            "meeting": strip_controls(item["meeting_title"]),
            "meeting_day": item["meeting_day"],
            "departments": ", ".join(item["departments"]),
            "responsible_person": strip_controls(item["responsible_person"]),
            "priority": item["priority_title"],
            "state": item["state_title"],
            "deadline": item["deadline"],
            "days_left": "" if item["days_left"] is None else str(item["days_left"]),
            "progress_percent": str(item["progress_percent"]),
            "url": item["url"],
        }


TABLE = export.Table(COLUMNS, DATES, _("Directives"), rows)


def filename(context, filters, fmt):
    parts = ["polecenia"]
    if filters.get("department"):
        parts.append(filters["department"].lower())
    if filters.get("state"):
        parts.append(filters["state"])
    return "-".join(parts) + "." + fmt
