"""Statistics of the register for one year, from catalog metadata only (no getObject).

Definitions (art. 24 of the act on municipal self-government: an answer within 14 days):

- ``overdue``: open cases (``case_open``) whose deadline is before today;
- ``answered``: cases in state ``answered``;
- ``answered_on_time``: answered with ``answer_date <= deadline`` (no deadline: on time);
  ``answered_late`` the other answered ones;
- ``answered_on_time_share``: ``answered_on_time / answered``, ``None`` with nothing answered;
- ``median_days_to_answer``: the median of ``answer_date - received_date`` in days over the
  answered cases that have both dates, ``None`` when there are none.
"""

from kancelaria import clock
from kancelaria.case import deadlines
from kancelaria.case import remembered
from kancelaria.interpellations import query
from plone.memoize import ram
from statistics import median

import copy


def _answered_on_time(brain):
    if brain.deadline is None:
        return True
    return brain.answer_date is not None and brain.answer_date <= brain.deadline


def is_overdue(brain, today=None):
    """An open case past its deadline."""
    return bool(brain.case_open) and deadlines.status(brain.deadline, today, 0) == "overdue"


def answered_late(brain):
    return brain.review_state == "answered" and not _answered_on_time(brain)


def compute(brains, year=None, today=None):
    """The statistics of ``brains`` (anything with the metadata columns used here)."""
    today = today or clock.today()
    by_state = dict.fromkeys(query.STATES, 0)
    total = overdue = answered = on_time = 0
    days = []
    for brain in brains:
        total += 1
        state = brain.review_state
        by_state[state] = by_state.get(state, 0) + 1
        if is_overdue(brain, today):
            overdue += 1
        if state != "answered":
            continue
        answered += 1
        if _answered_on_time(brain):
            on_time += 1
        if brain.answer_date is not None and brain.received_date is not None:
            days.append((brain.answer_date - brain.received_date).days)
    middle = median(days) if days else None
    if middle is not None and float(middle).is_integer():
        middle = int(middle)
    return {
        "year": year,
        "total": total,
        "by_state": by_state,
        "overdue": overdue,
        "answered": answered,
        "answered_on_time": on_time,
        "answered_late": answered - on_time,
        "answered_on_time_share": (on_time / answered) if answered else None,
        "median_days_to_answer": middle,
    }


def _cache_key(func, context, filters, today):
    """What decides the figures: the catalog as last committed, what the user may see and
    the next publication or expiry date (``remembered.catalog_state``), the register, the
    filters and the day."""
    return (
        remembered.catalog_state(),
        "/".join(context.getPhysicalPath()),
        tuple(sorted((k, str(v)) for k, v in filters.items())),
        today,
    )


@ram.cache(lambda func, context: _cache_key(func, context, {}, None))
def years(context):
    """``query.years`` (the register's year filter), remembered like the figures: one
    count per year on every page cost ten catalog queries at 100,000 items."""
    return tuple(query.years(context))


@ram.cache(_cache_key)
def _counted(context, filters, today):
    brains = query.search(context, filters, sort=False)
    return compute(brains, year=filters.get("year"), today=today)


def for_filters(context, filters, today=None):
    """The statistics of exactly what the register lists for ``filters`` (the page's box:
    no year means every year), as the current user sees it. Remembered until the catalog
    changes: every visitor of the register reads the same figures, so they are counted once
    per change (and per publication date passing), not on every page."""
    return copy.deepcopy(_counted(context, filters, today or clock.today()))


def for_register(context, year=None, today=None, **filters):
    """``GET @stats``: one year (default: the current one), narrowed by ``filters``."""
    today = today or clock.today()
    return for_filters(context, {**filters, "year": year or today.year}, today=today)
