"""The closing date of a case: the day (Warsaw's) it left its open states.

Recorded once, when a transition takes the case into a state without a way out
(``indexers.is_open``), as the attribute ``closed_date`` (catalog index ``closed_date``);
a case that is opened again loses it. Cases closed before the core recorded it get it
from their workflow history (``from_history``, used by the upgrade step).
"""

from DateTime import DateTime
from kancelaria import clock
from kancelaria.case import history
from kancelaria.case.indexers import is_open


def _warsaw_day(time):
    if not isinstance(time, DateTime):
        return None
    return time.asdatetime().astimezone(clock.zone()).date()


def record(obj):
    """After a transition: set or clear ``closed_date``; True when it changed."""
    closed = getattr(obj, "closed_date", None)
    if is_open(obj):
        new = None
    else:
        new = closed or clock.today()
    if new == closed:
        return False
    obj.closed_date = new
    return True


def from_history(obj):
    """The day the case last entered its present (closed) state, read off its history;
    ``None`` for an open case."""
    if is_open(obj):
        return None
    entries = history.entries(obj)
    if not entries:
        return None
    state = entries[-1].get("review_state")
    day = None
    for previous, entry in zip([None, *entries], entries, strict=False):
        if entry.get("review_state") == state and (
            previous is None or previous.get("review_state") != state
        ):
            day = _warsaw_day(entry.get("time"))
    return day


def backfill(obj):
    """Give a closed case of an older site its closing date (idempotent)."""
    if getattr(obj, "closed_date", None) is not None or is_open(obj):
        return False
    obj.closed_date = from_history(obj)
    return obj.closed_date is not None
