"""Case signatures: ``UNIT.JRWA.NUMBER.YEAR``, numbered 1, 2, 3… per unit, class and year.

The counters are plain persistent objects without conflict resolution: two transactions that
take a number from the same counter conflict, and Zope retries the later one. A number is
therefore never given twice, and a number given by a transaction that aborts is given again
by the next one, so the register has no gaps. Deleting a case never lowers a counter.
"""

from BTrees.OOBTree import OOBTree
from kancelaria import clock
from persistent import Persistent
from plone import api
from zope.annotation.interfaces import IAnnotations

ANNOTATION_KEY = "kancelaria.signature_counters"


class Counter(Persistent):
    """The last number given in one (unit, class, year) case list."""

    def __init__(self):
        self.value = 0

    def next(self):
        self.value += 1
        return self.value


def _counters(portal):
    annotations = IAnnotations(portal)
    counters = annotations.get(ANNOTATION_KEY)
    if counters is None:
        counters = annotations[ANNOTATION_KEY] = OOBTree()
    return counters


def counter_key(unit, jrwa, year):
    return f"{unit}.{jrwa}.{year}"


def log_key(log, year):
    """The counter of a log other than a case list (``RPW/2026``: the incoming log)."""
    return f"{log}/{year}"


def _take(key, portal=None):
    counters = _counters(portal or api.portal.get())
    counter = counters.get(key)
    if counter is None:
        counter = counters[key] = Counter()
    return counter.next()


def _last(key, portal=None):
    counter = _counters(portal or api.portal.get()).get(key)
    return counter.value if counter is not None else 0


def next_number(unit, jrwa, year, portal=None):
    """Take the next number of the case list of ``unit`` / ``jrwa`` / ``year``."""
    return _take(counter_key(unit, jrwa, year), portal)


def last_number(unit, jrwa, year, portal=None):
    return _last(counter_key(unit, jrwa, year), portal)


def next_in_log(log, year, portal=None):
    """Take the next number of ``log`` in ``year`` (1, 2, 3…; same rules as a case list:
    no gaps, never given twice, never lowered)."""
    return _take(log_key(log, year), portal)


def last_in_log(log, year, portal=None):
    return _last(log_key(log, year), portal)


def format_signature(unit, jrwa, number, year):
    return f"{unit}.{jrwa}.{number}.{year}"


def parse_signature(signature):
    """``"KPM.0003.12.2026"`` → ``("KPM", "0003", 12, 2026)``."""
    unit, jrwa, number, year = signature.split(".")
    return unit, jrwa, int(number), int(year)


def new_signature(unit, jrwa, on=None):
    year = (on or clock.today()).year
    return format_signature(unit, jrwa, next_number(unit, jrwa, year), year)
