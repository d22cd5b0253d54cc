"""The desk's queue “Prośby o spotkanie”: the submitted requests, for the office and the
mayor's group (page and ``@desk`` alike); a scheduled or refused one leaves it; nobody else
has the queue."""

from plone import api
from tests.desk.conftest import desk_of

import pytest
import transaction

QUEUE = "appointment_requests"


@pytest.fixture
def waiting(fportal, frequest):
    first = frequest(title="Prośba o spotkanie w sprawie parku")
    second = frequest(title="Prośba o spotkanie w sprawie szkoły")
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=second, transition="refuse", comment="Brak terminów.")
    transaction.commit()
    return first, second


@pytest.mark.parametrize("user", ["clerk", "mayor"])
def test_the_office_and_the_mayor_see_the_waiting_requests(client, waiting, user, polish):
    desk = desk_of(client, user)
    queue = desk[QUEUE]
    assert queue["title"] == "Prośby o spotkanie"
    assert queue["count"] == 1
    (item,) = queue["items"]
    assert item["title"] == "Prośba o spotkanie w sprawie parku"
    assert item["@type"] == "AppointmentRequest"
    assert item["review_state"] == "submitted"
    page = client(user)
    page.session.headers["Accept"] = "text/html"
    html = page.get("kancelaria")
    assert html.status_code == 200
    assert 'id="queue-appointment_requests"' in html.text
    assert "Prośba o spotkanie w sprawie parku" in html.text
    assert "Prośba o spotkanie w sprawie szkoły" not in html.text


@pytest.mark.parametrize("user", ["press", "woik"])
def test_others_have_no_such_queue(client, waiting, user):
    desk = desk_of(client, user)
    assert QUEUE not in desk
    assert all(item["@type"] != "AppointmentRequest" for q in desk.values() for item in q["items"])
