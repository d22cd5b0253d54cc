"""Open cases by deadline: one query for the "Terminy" view, ``@deadlines`` and the digest.

Everything goes through the catalog, so a user sees exactly the cases the catalog's
security lets them see: a department's user only what was routed to it.
"""

from datetime import date
from datetime import timedelta
from kancelaria.case import deadlines
from kancelaria.case.behaviors import ICase
from plone import api


def open_cases_query(department=None, within_days=None, today=None, status=None):
    query = {
        "object_provides": ICase.__identifier__,
        "case_open": True,
        "sort_on": "deadline",
        "sort_order": "ascending",
    }
    if department:
        query["departments"] = department
    today = today or date.today()
    if within_days is not None:
        query["deadline"] = {"query": today + timedelta(days=within_days), "range": "max"}
    if status == "overdue":
        query["deadline"] = {"query": today - timedelta(days=1), "range": "max"}
    return query


def open_cases(department=None, within_days=None, today=None, status=None, unrestricted=False):
    catalog = api.portal.get_tool("portal_catalog")
    query = open_cases_query(department, within_days, today, status)
    search = catalog.unrestrictedSearchResults if unrestricted else catalog.searchResults
    return search(**query)


def describe(brain, today=None, soon_days=None):
    """What a person needs of one open case in a deadlines list."""
    return {
        "title": brain.Title,
        "url": brain.getURL(),
        "signature": brain.signature,
        "deadline": brain.deadline,
        "departments": list(brain.departments or ()),
        "review_state": brain.review_state,
        "portal_type": brain.portal_type,
        "status": deadlines.status(brain.deadline, today, soon_days),
    }
