"""The public register of granted patronages (``/patronaty``): from the catalog only,
granted and settled ones, by year of the event. Its columns are catalog metadata of public
fields (event, kind, organiser, dates, place, signature); the applicant's contact data
never reach the catalog."""

from kancelaria import formats
from kancelaria import settings
from plone import api

#: The states the register lists (CaseType.public_states of Patronage).
PUBLIC_STATES = ("granted", "settled")


def is_patronage_register(context):
    """Is ``context`` the register patronages are filed in (``CaseType.register``)?"""
    from kancelaria.case import casetype

    declared = casetype.for_type("Patronage")
    portal = api.portal.get()
    path = "/".join(portal.getPhysicalPath()) + "/" + declared.register
    return "/".join(context.getPhysicalPath()) == path


def min_days():
    return settings.get("patronage_min_days", 30)


def report_days():
    return settings.get("patronage_report_days", 14)


def year_param(value):
    if isinstance(value, str) and len(value) == 4 and value.isdigit():
        return int(value)
    return None


def _query(context):
    return {
        "portal_type": "Patronage",
        "review_state": list(PUBLIC_STATES),
        "path": "/".join(context.getPhysicalPath()),
    }


def years(context):
    """The years with a granted patronage, newest first."""
    brains = api.portal.get_tool("portal_catalog").searchResults(**_query(context))
    return sorted({b.event_start.year for b in brains if b.event_start}, reverse=True)


def granted(context, year=None):
    """``[(year, [brains])]``, newest event first."""
    from datetime import date

    query = {**_query(context), "sort_on": "event_start", "sort_order": "descending"}
    if year is not None:
        query["event_start"] = {
            "query": (date(year, 1, 1), date(year, 12, 31)),
            "range": "min:max",
        }
    groups = {}
    for brain in api.portal.get_tool("portal_catalog").searchResults(**query):
        start = brain.event_start
        groups.setdefault(start.year if start else None, []).append(brain)
    return sorted(groups.items(), key=lambda item: item[0] or 0, reverse=True)


def dates_text(start, end):
    if start and end and end != start:
        return f"{formats.date(start)}–{formats.date(end)}"
    return formats.date(start, "—")
