"""What the calendar lists: the entries of ``/kancelaria/kalendarz`` with a ``start`` in a
range of days, by the catalog alone (Plone's ``start`` index), as the caller may see them.

The day and week views, ``GET @calendar``, the officials' feeds and the public calendar all
read it. ``CALENDAR_TYPES`` names the types listed: the appointments, and whatever else of
the calendar has a start (a ceremony) once its type adds itself here.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.calendar import settings
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.appointment import day_range
from plone import api

#: The portal types the calendar lists (each has ``start``, ``end``, ``officials``).
CALENDAR_TYPES = ("Appointment", "Ceremony")

#: Where they are.
CALENDAR = "kancelaria/kalendarz"

#: The longest range ``@calendar`` answers, in days.
MAX_DAYS = 62

#: The days of the week, Monday first (Polish in ``kancelaria.po``).
WEEKDAYS = (
    _("weekday_0", default="Monday"),
    _("weekday_1", default="Tuesday"),
    _("weekday_2", default="Wednesday"),
    _("weekday_3", default="Thursday"),
    _("weekday_4", default="Friday"),
    _("weekday_5", default="Saturday"),
    _("weekday_6", default="Sunday"),
)


def parse_day(value, name, default=None):
    """A day ``YYYY-MM-DD`` of the parameter ``name``; ``default`` when not given; anything
    else a ``CaseInputError`` naming ``name``."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise CaseInputError(name, _("error_day_format", default="give a day as YYYY-MM-DD."))


def parse_official(value, name="official"):
    """An official's id from the settings (``None`` when not given)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in settings.officials():
        raise CaseInputError(
            name, _("error_official_unknown", default="no such official in the settings.")
        )
    return value


def parse_range(form):
    """``(first, last, official)`` of ``from``, ``to`` (default: a week from ``from``,
    today by default) and ``official``; at most ``MAX_DAYS`` days."""
    first = parse_day(form.get("from"), "from", clock.today())
    last = parse_day(form.get("to"), "to", first + timedelta(days=6))
    if last < first:
        raise CaseInputError("to", _("error_range_order", default="must not be before from."))
    if (last - first).days + 1 > MAX_DAYS:
        raise CaseInputError(
            "to",
            _(
                "error_range_too_long",
                default="at most ${days} days from from.",
                mapping={"days": MAX_DAYS},
            ),
        )
    return first, last, parse_official(form.get("official"))


def week_of(day):
    """The Monday starting ``day``'s week."""
    return day - timedelta(days=day.weekday())


def search(first, last, official=None, states=None, unrestricted=False):
    """The brains of the calendar's entries starting from ``first`` to ``last`` (days in
    the portal's zone), earliest first; as the caller may see them unless
    ``unrestricted`` (a feed behind its token)."""
    portal = api.portal.get()
    query = {
        "portal_type": list(CALENDAR_TYPES),
        "path": "/".join(portal.getPhysicalPath()) + "/" + CALENDAR,
        "start": day_range(first, last),
        "sort_on": "start",
    }
    if official:
        query["officials"] = official
    if states:
        query["review_state"] = list(states)
    catalog = api.portal.get_tool("portal_catalog")
    if unrestricted:
        return catalog.unrestrictedSearchResults(**query)
    return catalog.searchResults(**query)


def local(value):
    """A catalog ``DateTime`` as an aware ``datetime`` in the portal's zone."""
    if value is None:
        return None
    # Not ``asdatetime()``: it puts a pytz zone with ``replace`` (Warsaw's 1880 offset).
    return datetime.fromtimestamp(value.timeTime(), clock.zone())


def describe(brain):
    """One entry as REST and the views give it (only public fields: the catalog has no
    other)."""
    start, end = local(brain.start), local(brain.end)
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "@type": brain.portal_type,
        "title": brain.Title,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "place": brain.location or "",
        "officials": [
            {"id": official, "fullname": settings.name_of(official)}
            for official in brain.officials or ()
        ],
        "review_state": brain.review_state,
        "cancelled": brain.review_state == "cancelled",
    }
