"""Request filters → one catalog query over the directives of every meeting.

The dashboard page (``@@polecenia``), its export and ``@directives`` all call ``search()``
and ``counters()``, so they always agree. Catalog only: no directive or meeting is loaded;
the catalog applies the user's security, so a department finds only the directives routed
to it.

Filters: ``department`` (staff: the office and the mayor any, a department its own),
``meeting`` (a meeting's UID), ``state`` (one state of the directive workflow; without it
the open directives: issued, in progress, reported done), ``person`` (the responsible
person, as written in the directive), ``due`` (``overdue`` | ``week``: open directives past
their deadline or due within seven days) and ``q`` (words in the signature, title, content,
responsible person, report). The order is fixed: by deadline, the earliest first — so the
overdue ones come first, the longest overdue at the top.
"""

from datetime import date
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.case import filters as common
from kancelaria.case.errors import CaseInputError
from kancelaria.case.limits import CONTROL_RE
from plone import api

import re

PORTAL_TYPE = "Directive"
#: The states of the contract, in the order of the workflow.
OPEN_STATES = ("issued", "in_progress", "reported_done")
STATES = (*OPEN_STATES, "verified", "cancelled")
DUE = ("overdue", "week")
#: "Due this week": the desk's window (``case.desk``), today and the next seven days.
WEEK_DAYS = 7
SORT = {"sort_on": "deadline", "sort_order": "ascending"}
#: What narrows the dashboard (the page, the export and ``@directives`` alike).
FILTERS = ("department", "meeting", "state", "person", "due", "q")
#: The longest responsible person's name looked for.
MAX_PERSON = 200
UID_RE = re.compile(r"^[0-9a-f]{32}$")


def clean_meeting(value):
    """A meeting's UID the user may see (a department: a meeting of its directives)."""
    found = None
    if UID_RE.match(value):
        catalog = api.portal.get_tool("portal_catalog")
        found = catalog.searchResults(UID=value, portal_type="Meeting")
    if not found:
        raise CaseInputError(
            "meeting",
            _(
                "error_filter_meeting",
                default="'${value}' is not the UID of a meeting you can see.",
                mapping={"value": value[:40]},
            ),
        )
    return value


def clean_person(value):
    if len(value) > MAX_PERSON or CONTROL_RE.search(value):
        raise CaseInputError(
            "person",
            _(
                "error_filter_text",
                default="give at most ${max} characters of plain text.",
                mapping={"max": MAX_PERSON},
            ),
        )
    return value


CLEANERS = {
    "department": common.clean_department,
    "meeting": clean_meeting,
    "state": common.choice_cleaner("state", STATES),
    "person": clean_person,
    "due": common.choice_cleaner("due", DUE),
    "q": common.clean_text,
}


def parse(form):
    """The filters of a request form; the first bad one raises ``CaseInputError``."""
    return common.parse(form, CLEANERS, FILTERS)


def parse_lenient(form):
    """For the page: ``(filters, errors)``; a bad filter is left out and reported."""
    return common.parse_lenient(form, CLEANERS, FILTERS)


def _base(context, filters):
    """Every directive under ``context`` the narrowing filters (not state, not due) keep."""
    query = {"portal_type": PORTAL_TYPE, "path": "/".join(context.getPhysicalPath())}
    query.update(common.catalog_criteria({k: filters.get(k) for k in ("q", "department")}))
    if filters.get("meeting"):
        query["directive_meeting"] = filters["meeting"]
    if filters.get("person"):
        query["responsible_person"] = filters["person"]
    return query


def overdue_range(today):
    return {"query": today - timedelta(days=1), "range": "max"}


def week_range(today):
    return {"query": (today, today + timedelta(days=WEEK_DAYS)), "range": "min:max"}


def catalog_query(context, filters, today=None):
    today = today or clock.today()
    query = {**_base(context, filters), **SORT}
    if filters.get("state"):
        query["review_state"] = filters["state"]
    else:
        query["case_open"] = True
    if filters.get("due"):
        query["case_open"] = True
        query["deadline"] = (overdue_range if filters["due"] == "overdue" else week_range)(today)
    return query


def search(context, filters, b_start=None, b_size=None, today=None):
    """Catalog brains of the directives the current user may see, by deadline;
    ``b_start``/``b_size``: one page (``actual_result_count`` is then the count of all)."""
    catalog = api.portal.get_tool("portal_catalog")
    query = catalog_query(context, filters, today)
    if b_size is not None:
        query.update(b_start=b_start or 0, b_size=b_size)
    return catalog.searchResults(**query)


#: The counters on top of the dashboard, in their order.
COUNTERS = ("open", "overdue", "due_this_week", "reported_done", "verified_this_year")
COUNTER_TITLES = {
    "open": _("counter_open", default="Open"),
    "overdue": _("counter_overdue", default="Overdue"),
    "due_this_week": _("counter_due_this_week", default="Due this week"),
    "reported_done": _("counter_reported_done", default="Reported done, to verify"),
    "verified_this_year": _("counter_verified_this_year", default="Verified this year"),
}
#: The filters that list exactly what a counter counts (``None``: no such listing).
COUNTER_FILTERS = {
    "open": {},
    "overdue": {"due": "overdue"},
    "due_this_week": {"due": "week"},
    "reported_done": {"state": "reported_done"},
    "verified_this_year": None,
}


def counters(context, filters, today=None):
    """``{name: count}`` under the narrowing filters (department, meeting, person, q);
    the state and due filters choose among them, they do not narrow them."""
    today = today or clock.today()
    catalog = api.portal.get_tool("portal_catalog")
    base = _base(context, filters)
    open_ = {**base, "case_open": True}
    queries = {
        "open": open_,
        "overdue": {**open_, "deadline": overdue_range(today)},
        "due_this_week": {**open_, "deadline": week_range(today)},
        "reported_done": {**base, "review_state": "reported_done"},
        "verified_this_year": {
            **base,
            "review_state": "verified",
            "closed_date": {"query": date(today.year, 1, 1), "range": "min"},
        },
    }
    return {name: len(catalog.searchResults(**queries[name])) for name in COUNTERS}
