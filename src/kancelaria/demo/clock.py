"""The calendar of the demo: the days its cases speak of, and their history dated on them.

A case's ``received`` is ``["prev", month, day]`` (that day of last year), ``["ago", n]``
(n days before today) or ``["deadline_in", n]`` (the day whose deadline falls n days from
today). ``on_time`` says whether the answer came by the deadline, ``answer_in`` how many days
after receipt it is dated.
"""

from contextlib import contextmanager
from DateTime import DateTime
from datetime import date
from datetime import timedelta
from kancelaria import logger
from kancelaria.case import deadlines
from plone import api


def previous_working_day(day):
    while deadlines.is_day_off(day):
        day -= timedelta(days=1)
    return day


def next_working_day(day):
    return deadlines.next_working_day(day)


def _deadline(received, kind):
    return deadlines.deadline_for(received, kind)


def received_date(spec, kind, today):
    """The day of receipt the spec of a demo case means (always a working day)."""
    how = spec[0]
    if how == "prev":
        return next_working_day(date(today.year - 1, spec[1], spec[2]))
    if how == "ago":
        return previous_working_day(today - timedelta(days=spec[1]))
    # ("deadline_in", n): the latest working day whose deadline is nearest today + n.
    target = today + timedelta(days=spec[1])
    best = None
    for back in range(0, 120):
        day = today - timedelta(days=back)
        if deadlines.is_day_off(day):
            continue
        distance = abs((_deadline(day, kind) - target).days)
        if best is None or distance < best[0]:
            best = (distance, day)
        if distance == 0:
            break
    return best[1]


def answer_date(received, deadline, spec, today):
    """The day the mayor signed the answer: by the deadline or after it, as the spec says."""
    day = next_working_day(received + timedelta(days=spec.get("answer_in", 10)))
    if spec.get("on_time", True):
        if deadline and day > deadline:
            day = previous_working_day(deadline)
    elif deadline and day <= deadline:
        day = next_working_day(deadline + timedelta(days=3))
    return min(day, previous_working_day(today))


def at(day, hour, minute=0):
    """A moment of ``day`` in the office's time zone."""
    return DateTime(f"{day:%Y/%m/%d} {hour:02d}:{minute:02d}:00 Europe/Warsaw")


class Clock:
    """Hands out the moments of one case's history: in order, and never in the future."""

    def __init__(self):
        self.last = None
        self.now = DateTime()

    def __call__(self, day, hour, minute=0):
        when = at(day, hour, minute)
        if when > self.now:
            when = self.now - 1.0 / 1440  # a minute ago
        if self.last is not None and when <= self.last:
            when = self.last + 1.0 / 1440
        self.last = when
        return when


def _history_key(obj):
    chain = api.portal.get_tool("portal_workflow").getChainFor(obj)
    return chain[0] if chain else None


def _history_length(obj):
    key = _history_key(obj)
    return len((getattr(obj, "workflow_history", None) or {}).get(key, ()))


def date_history(obj, start, when):
    """Date the case history entries from index ``start`` on at ``when`` (a second apart)."""
    key = _history_key(obj)
    entries = list(obj.workflow_history.get(key, ()))
    for offset, index in enumerate(range(start, len(entries))):
        entry = dict(entries[index])
        entry["time"] = when + offset / 86400.0
        entries[index] = entry
    obj.workflow_history[key] = tuple(entries)


def date_versions(obj, when):
    """Date the versions the demo made of ``obj`` (its change register) at ``when``.

    CMFEditions stamps a version with the clock and has no API to change that; the demo
    reaches into its shadow history, and leaves the register as it is when that fails.
    """
    try:
        history = api.portal.get_tool("portal_archivist").getHistoryMetadata(obj)
        for version_id in list(getattr(history, "_available", None) or ()):
            entry = dict(history._full[version_id])
            metadata = dict(entry["metadata"])
            metadata["sys_metadata"] = dict(metadata["sys_metadata"], timestamp=when.timeTime())
            entry["metadata"] = metadata
            history._full[version_id] = entry
    except Exception:  # noqa: BLE001 - the dates of a demo's versions are cosmetic
        logger.debug("Could not date the versions of %s", obj, exc_info=True)


@contextmanager
def acting_as(user_id, obj=None, when=None):
    """Run a step as ``user_id``; the history entries it adds are dated ``when``."""
    start = _history_length(obj) if obj is not None else 0
    with api.env.adopt_user(username=user_id):
        yield
    if obj is not None and when is not None:
        date_history(obj, start, when)


def backdate(obj, created, modified):
    obj.creation_date = created
    obj.modification_date = modified
    if hasattr(obj, "setEffectiveDate") and getattr(obj, "effective_date", None):
        obj.setEffectiveDate(modified)


#: The indexes of the dates the demo sets back (``reindexObject()`` would reset ``modified``).
DATE_INDEXES = ("created", "modified", "effective", "Date")


def reindex(obj):
    """Index the backdated dates (and the metadata) without touching them again."""
    catalog = api.portal.get_tool("portal_catalog")
    idxs = [name for name in DATE_INDEXES if name in catalog.indexes()]
    catalog.catalog_object(obj, "/".join(obj.getPhysicalPath()), idxs=idxs)
