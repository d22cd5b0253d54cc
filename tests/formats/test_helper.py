"""The format helper: dates and numbers the way a Polish reader writes them."""

from DateTime import DateTime
from datetime import UTC
from datetime import date
from datetime import datetime
from kancelaria import formats

import pytest


@pytest.mark.parametrize(
    "value,text",
    [
        (date(2026, 11, 16), "16.11.2026"),
        (date(2026, 1, 5), "05.01.2026"),
        ("2026-11-16", "16.11.2026"),
        (datetime(2026, 11, 16, 23, 30), "16.11.2026"),
        (DateTime("2026/11/16 12:00 GMT+1"), "16.11.2026"),
        (None, ""),
        ("", ""),
        ("not a date", ""),
    ],
)
def test_date(value, text):
    assert formats.date(value) == text


def test_date_default():
    assert formats.date(None, "—") == "—"


def test_datetime_in_warsaw(portal):
    # 23:30 UTC on 31 December is already the new year in Warsaw (UTC+1 in winter).
    assert formats.datetime(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == ("01.01.2027 00:30")
    assert formats.datetime(datetime(2026, 11, 16, 9, 5)) == "16.11.2026 09:05"
    assert formats.datetime(date(2026, 11, 16)) == "16.11.2026"


@pytest.mark.parametrize(
    "value,places,text",
    [
        (16.5, 1, "16,5"),
        (16, 1, "16"),
        (16.0, 1, "16"),
        (16.55, 1, "16,6"),
        (2.125, 2, "2,13"),
        (-3.5, 1, "-3,5"),
        (1234.5, 1, "1234,5"),
        (200000, 0, "200\u00a0000"),
        (12345.25, 2, "12\u00a0345,25"),
        (None, 1, ""),
        (float("nan"), 1, ""),
    ],
)
def test_number(value, places, text):
    assert formats.number(value, places) == text


def test_percent():
    assert formats.percent(0.75) == "75%"
    assert formats.percent(0.6667, 1) == "66,7%"
    assert formats.percent(None) == ""


def test_view_for_templates(portal):
    request = portal.REQUEST
    from kancelaria.interfaces import IKancelariaLayer
    from zope.interface import alsoProvides

    alsoProvides(request, IKancelariaLayer)
    fmt = portal.restrictedTraverse("@@kancelaria-format")
    assert fmt.date(date(2026, 11, 16)) == "16.11.2026"
    assert fmt.number(16.5) == "16,5"


def test_plone_dates_on_a_new_site(portal):
    from plone.base.i18nl10n import ulocalized_time

    assert ulocalized_time("2026/11/16 14:05", context=portal) == "16.11.2026"
    assert ulocalized_time("2026/11/16 14:05", True, context=portal) == "16.11.2026 14:05"


def test_plone_dates_on_an_existing_site(portal):
    from plone import api

    api.portal.set_registry_record(formats.PLONE_DATES_PREFIX + "Enabled", False)
    assert formats.set_up_plone_dates() is True
    assert formats.set_up_plone_dates() is False
    assert api.portal.get_registry_record(formats.PLONE_DATES_PREFIX + "Enabled") is True
