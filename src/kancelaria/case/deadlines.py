"""Deadlines: days from receipt, moved off weekends and Polish public holidays.

Art. 57 § 4 of the administrative procedure code: a deadline that ends on a Saturday, a
Sunday or a public holiday ends on the next working day. The ``holidays`` library knows
Poland's holidays, the movable ones and the 24 December holiday from 2025 on.
"""

from datetime import timedelta
from functools import lru_cache
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import casetype

import holidays


@lru_cache(maxsize=64)
def _polish_holidays(year):
    return holidays.country_holidays("PL", years=year)


def is_day_off(day):
    return day.weekday() >= 5 or day in _polish_holidays(day.year)


def next_working_day(day):
    """``day`` itself when it is a working day, else the first working day after it."""
    while is_day_off(day):
        day += timedelta(days=1)
    return day


def compute_deadline(received, days, shift=True):
    deadline = received + timedelta(days=days)
    return next_working_day(deadline) if shift else deadline


def deadline_kind(obj):
    """Which row of ``deadline_days`` applies: the type's declaration says so."""
    declared = casetype.of(obj)
    return declared.kind_of(obj) if declared else "letter"


def deadline_for(received, kind):
    """The deadline the settings give a case of ``kind`` received on ``received`` (None
    when the kind has no days set)."""
    days = settings.deadline_days(kind)
    if days is None:
        return None
    return compute_deadline(received, days, settings.get("shift_deadlines", True))


def case_deadline(obj):
    """The deadline the settings give ``obj``."""
    received = getattr(obj, "received_date", None) or clock.today()
    return deadline_for(received, deadline_kind(obj))


def status(deadline, today=None, soon_days=None):
    """``"overdue"``, ``"due_soon"`` or ``"on_time"`` for an open case."""
    if deadline is None:
        return "on_time"
    today = today or clock.today()
    if soon_days is None:
        soon_days = settings.get("due_soon_days", 3)
    if deadline < today:
        return "overdue"
    if deadline <= today + timedelta(days=soon_days):
        return "due_soon"
    return "on_time"
