"""The office's today is Warsaw's today, whatever the server's zone.

The machine's clock is moved with time-machine (the whole process: the test's code and the
server's threads alike); the process keeps its own zone (UTC here), as on a real server.
"""

from datetime import UTC
from datetime import date
from datetime import datetime
from kancelaria import clock
from kancelaria.case import deadlines
from kancelaria.case.numbering import parse_signature
from plone import api

import pytest
import time_machine
import transaction

#: 23:30 UTC on New Year's Eve is 00:30 on 1 January in Warsaw.
NEW_YEAR_NIGHT = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)


def test_today_is_warsaw_today_late_in_the_utc_evening(integration):
    with time_machine.travel(NEW_YEAR_NIGHT, tick=False):
        assert date.today() == date(2026, 12, 31)  # the process's own zone: UTC
        assert clock.today() == date(2027, 1, 1)


def test_today_follows_the_portal_time_zone(integration):
    api.portal.set_registry_record("plone.portal_timezone", "America/New_York")
    with time_machine.travel(NEW_YEAR_NIGHT, tick=False):
        assert clock.today() == date(2026, 12, 31)


def test_case_registered_after_midnight_warsaw_takes_the_new_year(make_case):
    with time_machine.travel(NEW_YEAR_NIGHT, tick=False):
        case = make_case(title="Pismo noworoczne")
    assert case.received_date == date(2027, 1, 1)
    assert case.signature == "KPM.0002.1.2027"
    # 1 January + 30 days = 31 January 2027, a Sunday: the deadline moves to Monday.
    assert case.deadline == date(2027, 2, 1)


def test_overdue_is_judged_by_warsaw_today(make_case):
    case = make_case(received_date=date(2026, 12, 1))
    case.deadline = date(2026, 12, 31)
    with time_machine.travel(NEW_YEAR_NIGHT, tick=False):
        assert deadlines.status(case.deadline) == "overdue"


def test_signature_year_is_the_year_of_receipt(make_case):
    """DOMAIN.md rule 1: a letter received in 2025 and registered in 2026 takes the next
    number of the 2025 list."""
    with time_machine.travel(datetime(2026, 1, 5, 10, 0, tzinfo=UTC), tick=False):
        new = make_case(title="Pismo z 2026")
        late = make_case(title="Pismo z grudnia", received_date=date(2025, 12, 10))
        again = make_case(title="Drugie z grudnia", received_date=date(2025, 12, 29))
    assert new.signature == "KPM.0002.1.2026"
    assert late.signature == "KPM.0002.1.2025"
    assert again.signature == "KPM.0002.2.2025"


@pytest.mark.parametrize("user", ["clerk"])
def test_rest_registration_at_new_year_night(client, fportal, user):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    with time_machine.travel(NEW_YEAR_NIGHT, tick=True):
        response = client(user).post(url, {"@type": "KancelariaTestCase", "title": "Życzenia"})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["received_date"] == "2027-01-01"
    assert parse_signature(data["signature"])[3] == 2027
    transaction.begin()
