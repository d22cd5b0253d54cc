"""Deadlines: days from receipt, moved off weekends and Polish public holidays."""

from datetime import date
from kancelaria.case import deadlines
from plone import api

import pytest


@pytest.mark.parametrize(
    "received,days,expected,why",
    [
        # 2026-03-23 + 14 = Easter Monday 2026-04-06 → Tuesday.
        (date(2026, 3, 23), 14, date(2026, 4, 7), "Easter Monday"),
        # 2026-05-21 + 14 = Corpus Christi, Thursday 2026-06-04 → Friday.
        (date(2026, 5, 21), 14, date(2026, 6, 5), "Corpus Christi"),
        # 2025-12-10 + 14 = 24 December (a holiday from 2025), then 25, 26, a weekend.
        (date(2025, 12, 10), 14, date(2025, 12, 29), "Christmas Eve 2025"),
        # 2026-10-28 + 14 = Independence Day, Wednesday 2026-11-11 → Thursday.
        (date(2026, 10, 28), 14, date(2026, 11, 12), "Independence Day"),
        # A Saturday moves to Monday.
        (date(2026, 11, 7), 14, date(2026, 11, 23), "Saturday"),
        # A working day stays.
        (date(2026, 11, 2), 14, date(2026, 11, 16), "Monday"),
    ],
)
def test_deadline_moves_off_days_off(received, days, expected, why):
    assert deadlines.compute_deadline(received, days) == expected, why


def test_no_shift_when_disabled():
    assert deadlines.compute_deadline(date(2026, 3, 23), 14, shift=False) == date(2026, 4, 6)


def test_christmas_eve_before_2025_was_a_working_day():
    assert not deadlines.is_day_off(date(2024, 12, 24))
    assert deadlines.is_day_off(date(2025, 12, 24))


@pytest.mark.parametrize(
    "deadline,status",
    [
        (date(2026, 11, 25), "overdue"),
        (date(2026, 11, 26), "due_soon"),
        (date(2026, 11, 29), "due_soon"),
        (date(2026, 11, 30), "on_time"),
    ],
)
def test_status(deadline, status):
    assert deadlines.status(deadline, today=date(2026, 11, 26), soon_days=3) == status


def test_case_gets_deadline_from_settings(make_case):
    case = make_case(received_date=date(2026, 3, 23))
    # A test case counts as a letter: 30 days → 2026-04-22 (a Wednesday).
    assert case.deadline == date(2026, 4, 22)


def test_deadline_days_come_from_settings(portal, make_case):
    days = dict(api.portal.get_registry_record("kancelaria.deadline_days"))
    days["letter"] = 14
    api.portal.set_registry_record("kancelaria.deadline_days", days)
    case = make_case(received_date=date(2026, 3, 23))
    assert case.deadline == date(2026, 4, 7)


def test_shift_setting_off(portal, make_case):
    api.portal.set_registry_record("kancelaria.shift_deadlines", False)
    days = dict(api.portal.get_registry_record("kancelaria.deadline_days"))
    days["letter"] = 14
    api.portal.set_registry_record("kancelaria.deadline_days", days)
    case = make_case(received_date=date(2026, 3, 23))
    assert case.deadline == date(2026, 4, 6)
