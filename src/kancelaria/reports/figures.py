"""What the registers say about a period: the figures of an activity report.

Read from the catalog unrestrictedly (the report is the office's, whoever asks), but only
what may be published: counts, dates and titles of public records — never an applicant's
name of a refused patronage, never a letter's sender or subject. Where a module already
computes a figure it is asked (the interpellations' on-time rule: ``interpellations.stats``;
the register of granted patronages: ``patronage.register``).
"""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from datetime import time
from kancelaria import clock
from kancelaria.case import history
from kancelaria.interpellations import stats
from kancelaria.patronage.register import PUBLIC_STATES as GRANTED_STATES
from plone import api

HELD_STATES = ("held", "minutes_approved")


def _catalog():
    return api.portal.get_tool("portal_catalog")


def _find(**query):
    return _catalog().unrestrictedSearchResults(**query)


def _days(start, end):
    return {"query": (start, end), "range": "min:max"}


def _moments(start, end):
    """The period as Warsaw's moments (for a DateIndex of date-times)."""
    zone = clock.zone()
    return {
        "query": (
            DateTime(datetime.combine(start, time.min, tzinfo=zone)),
            DateTime(datetime.combine(end, time.max, tzinfo=zone)),
        ),
        "range": "min:max",
    }


def _day_of(moment):
    if moment is None:
        return None
    if hasattr(moment, "asdatetime"):
        moment = moment.asdatetime()
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(clock.zone())
        return moment.date()
    return moment if isinstance(moment, date) else None


def meetings(start, end):
    brains = _find(
        portal_type="Meeting",
        review_state=list(HELD_STATES),
        meeting_start=_moments(start, end),
        sort_on="meeting_start",
    )
    return [{"date": _day_of(b.meeting_start), "title": b.Title} for b in brains]


def directives(start, end):
    issued = _find(portal_type="Directive", received_date=_days(start, end))
    verified = _find(
        portal_type="Directive", review_state="verified", closed_date=_days(start, end)
    )
    return {"issued": len(issued), "verified": len(verified)}


def interpellations(start, end):
    received = _find(portal_type="Interpellation", received_date=_days(start, end))
    answered = _find(
        portal_type="Interpellation", review_state="answered", answer_date=_days(start, end)
    )
    figures = stats.compute(answered)
    return {
        "received": len(received),
        "answered": figures["answered"],
        "answered_on_time": figures["answered_on_time"],
        "answered_late": figures["answered_late"],
    }


def _decided_on(obj, transition):
    entry = history.last(obj, transition)
    return _day_of(entry.get("time")) if entry else None


def patronages(start, end):
    """Granted in the period (by the day of the decision), with the register's public
    columns; refused ones are only counted."""
    granted, refused = [], 0
    for brain in _find(portal_type="Patronage", review_state=[*GRANTED_STATES, "refused"]):
        obj = brain._unrestrictedGetObject()
        if brain.review_state == "refused":
            day = _decided_on(obj, "refuse")
            refused += bool(day and start <= day <= end)
            continue
        day = _decided_on(obj, "grant")
        if day and start <= day <= end:
            granted.append(
                {"date": day, "title": brain.Title, "organiser": brain.organiser_name or ""}
            )
    granted.sort(key=lambda row: row["date"])
    return {"granted": granted, "refused": refused}


def letters(start, end):
    incoming = _find(portal_type="IncomingLetter", received_date=_days(start, end))
    outgoing = _find(
        portal_type="OutgoingLetter", review_state="sent", register_date=_days(start, end)
    )
    return {"incoming": len(incoming), "outgoing": len(outgoing)}


def for_period(start, end):
    """Every register's figures for the days ``start``..``end`` (both included)."""
    return {
        "meetings": meetings(start, end),
        "directives": directives(start, end),
        "interpellations": interpellations(start, end),
        "patronages": patronages(start, end),
        "letters": letters(start, end),
    }
