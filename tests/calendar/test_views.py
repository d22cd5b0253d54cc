"""The staff's day and week views and ``GET @calendar``: the same entries, in Warsaw's
time, filtered by official, cancelled ones struck through; bad parameters a 400 naming
them; a department sees nothing internal there."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from kancelaria.calendar import listing
from tests.calendar.conftest import at
from tests.calendar.conftest import make_appointment
from tests.ceremonies.conftest import make_ceremony

import pytest
import re
import transaction

URL = "kancelaria/kalendarz"


@pytest.fixture
def week(fportal):
    """Tomorrow: the mayor at 10:00 (internal), a deputy at 12:30 (public), the mayor at
    15:00 (cancelled); next week the mayor again."""
    made = {
        "mayor": make_appointment(fportal, title="Spotkanie z Radą Osiedla", start=at(1, 10)),
        "deputy": make_appointment(
            fportal,
            "public",
            title="Wizyta w szkole",
            start=at(1, 12, 30),
            officials=["zastepca-1"],
        ),
        "cancelled": make_appointment(
            fportal, "cancelled", title="Odwołana wizyta", start=at(1, 15)
        ),
        "later": make_appointment(fportal, title="Sesja Rady Miasta", start=at(8, 9)),
    }
    transaction.commit()
    return made


def html(client, user, path, **params):
    return client(user).get(path, params=params, headers={"Accept": "text/html"})


def test_rest_range_and_filter(client, week):
    tomorrow = at(1).date().isoformat()
    got = client("clerk").get(f"{URL}/@calendar", params={"from": tomorrow, "to": tomorrow})
    assert got.status_code == 200, got.text
    items = got.json()["items"]
    assert [i["title"] for i in items] == [
        "Spotkanie z Radą Osiedla",
        "Wizyta w szkole",
        "Odwołana wizyta",
    ]
    assert items[0]["start"] == at(1, 10).isoformat()
    assert items[0]["end"] == at(1, 11).isoformat()
    assert items[1]["officials"] == [{"id": "zastepca-1", "fullname": "Zastępca Prezydenta"}]
    assert items[2]["cancelled"] is True and items[2]["review_state"] == "cancelled"
    mine = client("mayor").get(
        f"{URL}/@calendar",
        params={"from": tomorrow, "to": at(9).date().isoformat(), "official": "prezydent"},
    )
    assert [i["title"] for i in mine.json()["items"]] == [
        "Spotkanie z Radą Osiedla",
        "Odwołana wizyta",
        "Sesja Rady Miasta",
    ]
    # A department reading the calendar finds only what is public.
    dept = client("woik").get(f"{URL}/@calendar", params={"from": tomorrow, "to": tomorrow})
    assert [i["title"] for i in dept.json()["items"]] == ["Wizyta w szkole"]


@pytest.mark.parametrize(
    "params,field",
    [
        ({"from": "jutro"}, "from"),
        ({"from": "2026-02-30"}, "from"),
        ({"to": "x"}, "to"),
        ({"from": "2026-03-10", "to": "2026-03-01"}, "to"),
        ({"from": "2026-01-01", "to": "2026-06-01"}, "to"),
        ({"official": "burmistrz"}, "official"),
    ],
)
def test_rest_bad_parameters(client, params, field):
    got = client("clerk").get(f"{URL}/@calendar", params=params)
    assert got.status_code == 400, got.text
    assert got.json()["error"]["field"] == field


def test_rest_range_limit(client):
    first = clock.today()
    ok = client("clerk").get(
        f"{URL}/@calendar",
        params={"from": first.isoformat(), "to": (first + timedelta(days=61)).isoformat()},
    )
    assert ok.status_code == 200
    too_long = client("clerk").get(
        f"{URL}/@calendar",
        params={"from": first.isoformat(), "to": (first + timedelta(days=62)).isoformat()},
    )
    assert too_long.status_code == 400


def test_week_view(client, week):
    page = html(client, "clerk", URL)  # the folder's layout
    assert page.status_code == 200
    tomorrow = at(1).date()
    page = html(client, "clerk", f"{URL}/@@calendar-week", date=tomorrow.isoformat())
    text = page.text
    assert "Spotkanie z Radą Osiedla" in text and "Wizyta w szkole" in text
    assert "10:00–11:00" in text and "12:30–13:30" in text
    assert "<del><a" in text and "Odwołana wizyta</a></del>" in text
    monday = listing.week_of(tomorrow)
    assert monday.strftime("%d.%m.%Y") in text
    assert "Monday" in text and "Sunday" in text  # Polish in the Polish site (browser test)
    previous = (monday - timedelta(days=7)).isoformat()
    assert f"calendar-week?date={previous}" in text
    # The next week's appointment is in the next week, not in this one.
    assert ("Sesja Rady Miasta" in text) is (listing.week_of(at(8).date()) == monday)


def test_day_view_and_official_filter(client, week):
    tomorrow = at(1).date()
    page = html(
        client, "mayor", f"{URL}/@@calendar-day", date=tomorrow.isoformat(), official="zastepca-1"
    )
    assert page.status_code == 200
    assert "Wizyta w szkole" in page.text
    assert "Spotkanie z Radą Osiedla" not in page.text
    nxt = (tomorrow + timedelta(days=1)).isoformat()
    assert f"calendar-day?date={nxt}&amp;official=zastepca-1" in page.text


def test_day_view_today_is_warsaws(client, fportal):
    make_appointment(fportal, title="Dzisiejsze spotkanie", start=at(0, 23, 30))
    transaction.commit()
    page = html(client, "clerk", f"{URL}/@@calendar-day")
    assert "Dzisiejsze spotkanie" in page.text
    assert "23:30" in page.text


def test_view_bad_date(client):
    page = html(client, "clerk", f"{URL}/@@calendar-day", date="wczoraj")
    assert page.status_code == 400
    assert "date:" in page.text


def test_department_sees_no_internal(client, week):
    page = html(client, "woik", f"{URL}/@@calendar-week", date=at(1).date().isoformat())
    assert "Spotkanie z Radą Osiedla" not in page.text
    assert "Odwołana wizyta" not in page.text


@pytest.mark.parametrize("portal_type", ["Appointment", "Ceremony"])
def test_edit_form_shows_warsaws_time(client, fportal, portal_type):
    """A moment kept in UTC (as REST keeps an offset it is given) is shown in the edit
    form at Warsaw's hour, the hour the secretariat typed and expects to read."""
    moment = datetime(2027, 1, 15, 9, 30, tzinfo=UTC)  # 10:30 in Warsaw (CET)
    if portal_type == "Appointment":
        obj = make_appointment(fportal, start=moment, end=moment + timedelta(hours=1))
    else:
        obj = make_ceremony(fportal["kancelaria"]["kalendarz"], start=moment)
    transaction.commit()
    path = obj.absolute_url(1).removeprefix("plone/")
    page = html(client, "clerk", f"{path}/edit").text
    field = re.search(r'<input[^>]*name="form.widgets.start"[^>]*>', page).group(0)
    assert 'value="2027-01-15T10:30"' in field, field
    assert datetime.fromisoformat(client("clerk").get(path).json()["start"]) == moment
