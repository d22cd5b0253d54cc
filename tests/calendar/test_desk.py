"""The desk's “today's appointments”: the office's and the mayor's, today's (Warsaw's)
appointments that are not cancelled, earliest first; nobody else gets the queue."""

from tests.calendar.conftest import at
from tests.calendar.conftest import make_appointment

import pytest
import transaction


def queue(client, user):
    desk = client(user).get("kancelaria/@desk")
    assert desk.status_code == 200
    return {q["id"]: q for q in desk.json()["queues"]}.get("appointments_today")


@pytest.fixture
def today(fportal):
    make_appointment(fportal, title="Popołudniowa wizyta", start=at(0, 15))
    make_appointment(fportal, "public", title="Poranna konferencja", start=at(0, 8))
    make_appointment(fportal, "cancelled", title="Odwołane spotkanie", start=at(0, 12))
    make_appointment(fportal, title="Jutrzejsza sesja", start=at(1, 9))
    make_appointment(fportal, title="Wczorajsza narada", start=at(-1, 16))
    transaction.commit()


@pytest.mark.parametrize("user", ["clerk", "mayor"])
def test_todays_appointments(client, today, user):
    found = queue(client, user)
    assert found is not None
    assert found["count"] == 2
    assert [i["title"] for i in found["items"]] == ["Poranna konferencja", "Popołudniowa wizyta"]


@pytest.mark.parametrize("user", ["woik", "press"])
def test_not_for_others(client, today, user):
    assert queue(client, user) is None


def test_desk_page_lists_them(client, today):
    page = client("clerk").get("kancelaria", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert 'id="queue-appointments_today"' in page.text
    assert "Poranna konferencja" in page.text and "Odwołane spotkanie" not in page.text
