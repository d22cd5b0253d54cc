"""The office's clock: "today" is the day in the portal's time zone (Europe/Warsaw).

Zope's ``TZ`` setting in zope.conf only writes ``os.environ`` (``time.tzset()`` is never
called), so ``date.today()`` is the day of the process's own zone: UTC on most servers, a
day behind Warsaw between midnight and 01:00/02:00. Everything in the product that needs
"today" (signature year, default receipt date, deadlines, answer date, overdue, statistics,
digest) asks this module.
"""

from datetime import UTC
from datetime import datetime
from zoneinfo import ZoneInfo
from zoneinfo import ZoneInfoNotFoundError

#: The zone of a Polish office when the site names none (or names one that does not exist).
DEFAULT_ZONE = "Europe/Warsaw"


def zone():
    """The portal's time zone (``plone.portal_timezone``), Warsaw when unset."""
    name = None
    try:
        from plone.registry.interfaces import IRegistry
        from zope.component import queryUtility

        registry = queryUtility(IRegistry)
        if registry is not None:
            name = registry.get("plone.portal_timezone", None)
    except Exception:  # noqa: BLE001 - outside a site the default zone applies
        name = None
    if not name:
        name = DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def now():
    """The current moment as an aware datetime in the portal's zone."""
    return datetime.now(UTC).astimezone(zone())


def today():
    """The office's today."""
    return now().date()
