"""Open cases by deadline: one query for the "Terminy" view, ``@deadlines`` and the digest.

Everything goes through the catalog, so a user sees exactly the cases the catalog's
security lets them see: a department's user only what was routed to it.
"""

from datetime import timedelta
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import remembered
from kancelaria.case.behaviors import ICase
from plone import api

#: Groups whose people follow every department's deadlines.
OVERSEEING_GROUPS = ("kancelaria", "prezydent")


def own_departments():
    """``None`` when the current user follows every department (the office, the mayor,
    administrators); else the symbols of the departments the user works in.

    Public cases (a forwarded interpellation) are visible to everyone, so the catalog's
    security alone would show a department the others' deadlines too."""
    if api.user.is_anonymous():
        return []
    user = api.user.get_current()
    if {"Manager", "Site Administrator"} & set(user.getRoles()):
        return None
    groups = {group.getId() for group in api.group.get_groups(user=user)}
    if groups & set(OVERSEEING_GROUPS):
        return None
    return [s for s in settings.departments() if settings.group_id(s) in groups]


def open_cases_query(department=None, within_days=None, today=None, status=None, own=None):
    """``own``: the departments the user may follow (``None``: all)."""
    query = {
        "object_provides": ICase.__identifier__,
        "case_open": True,
        "sort_on": "deadline",
        "sort_order": "ascending",
    }
    if own is not None:
        wanted = [department] if department else own
        query["departments"] = [d for d in wanted if d in own] or ["-"]
    elif department:
        query["departments"] = department
    today = today or clock.today()
    if within_days is not None:
        query["deadline"] = {"query": today + timedelta(days=within_days), "range": "max"}
    if status == "overdue":
        query["deadline"] = {"query": today - timedelta(days=1), "range": "max"}
    return query


def open_cases(department=None, within_days=None, today=None, status=None, unrestricted=False):
    """Open cases by deadline: as the current user sees them (answered once per change of
    the catalog, ``remembered``), or (``unrestricted``, for the digest) every case."""
    own = None if unrestricted else own_departments()
    query = open_cases_query(department, within_days, today, status, own)
    if unrestricted:
        return api.portal.get_tool("portal_catalog").unrestrictedSearchResults(**query)
    return remembered.search(query)


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
