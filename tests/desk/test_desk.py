"""The desk: each staff member's queues at ``/kancelaria`` and ``GET /kancelaria/@desk``,
the same counts both ways, for the role that works on them."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.case import registration
from plone import api
from tests.interpellations.conftest import _make

import pytest
import re
import transaction


@pytest.fixture
def office(fportal):
    """Cases in every queue: two to route, one forwarded to WOIK (overdue), one forwarded
    to WKSP, one awaiting approval, one returned to WOIK."""
    register = fportal["interpelacje"]
    old = clock.today() - timedelta(days=40)
    made = {
        "new1": _make(register, "registered", "Nowa 1"),
        "new2": _make(register, "registered", "Nowa 2"),
        "late": _make(register, "forwarded", "Zaległa", received_date=old),
        "wksp": _make(register, "registered", "Dla WKSP"),
        "review": _make(register, "answer_review", "Do zatwierdzenia"),
        "back": _make(register, "answer_review", "Zwrócona"),
    }
    with api.env.adopt_roles(["Manager"]):
        from kancelaria.case import routing

        routing.route(made["wksp"], ["WKSP"])
        api.content.transition(obj=made["back"], transition="return_answer", comment="Popraw")
        registration.change_deadline(
            made["new2"], clock.today() + timedelta(days=2), "Pilne z urzędu"
        )
    transaction.commit()
    return made


def _desk(client, user):
    response = client(user).get("kancelaria/@desk")
    assert response.status_code == 200, response.text
    return {q["id"]: q for q in response.json()["queues"]}


def _titles(queue):
    return {item["title"] for item in queue["items"]}


def test_clerk_desk(client, office):
    desk = _desk(client, "clerk")
    assert _titles(desk["to_route"]) == {"Nowa 1", "Nowa 2"}
    assert _titles(desk["overdue"]) == {"Zaległa"}
    assert _titles(desk["returned"]) == {"Zwrócona"}
    assert "Nowa 2" in _titles(desk["due_this_week"])
    assert "answers_to_approve" not in desk
    item = next(i for i in desk["to_route"]["items"] if i["title"] == "Nowa 2")
    assert item["days_left"] == 2
    assert item["signature"].startswith("KPM.0003.")
    assert item["@type"] == "Interpellation" and item["review_state"] == "registered"


def test_department_desk_shows_only_its_own(client, office):
    desk = _desk(client, "woik")
    assert set(desk) == {"to_answer", "returned", "overdue", "due_this_week"}
    assert _titles(desk["to_answer"]) == {"Zaległa"}
    assert _titles(desk["returned"]) == {"Zwrócona"}
    assert _titles(desk["overdue"]) == {"Zaległa"}
    other = _desk(client, "wksp")
    assert _titles(other["to_answer"]) == {"Dla WKSP"}
    assert other["returned"]["count"] == 0 and other["overdue"]["count"] == 0


def test_mayor_desk(client, office):
    desk = _desk(client, "mayor")
    assert set(desk) == {"answers_to_approve"}
    assert _titles(desk["answers_to_approve"]) == {"Do zatwierdzenia"}


@pytest.mark.parametrize("user", [None, "outsider", "press"])
def test_no_desk_for_others(client, office, user):
    assert client(user).get("kancelaria/@desk").status_code in (401, 403)


def test_queues_follow_the_workflow(client, office, fportal):
    """Approving takes a case off the mayor's desk; routing off the clerk's."""
    assert (
        client("mayor")
        .post(office["review"].absolute_url() + "/@workflow/approve_answer")
        .status_code
        == 200
    )
    assert (
        client("clerk")
        .post(office["new1"].absolute_url() + "/@route", {"departments": ["WOIK"]})
        .status_code
        == 200
    )
    assert _desk(client, "mayor")["answers_to_approve"]["count"] == 0
    assert _titles(_desk(client, "clerk")["to_route"]) == {"Nowa 2"}
    assert "Nowa 1" in _titles(_desk(client, "woik")["to_answer"])


@pytest.mark.parametrize("user", ["clerk", "woik", "mayor"])
def test_page_counts_equal_rest_counts(client, office, user):
    desk = _desk(client, user)
    page = client(user).session.get(
        client(user).url("kancelaria"), headers={"Accept": "text/html"}, timeout=60
    )
    assert page.status_code == 200
    counts = dict(
        re.findall(
            r'href="#queue-([a-z_]+)">\s*<span class="kancelaria-desk-count[^"]*">(\d+)</span>',
            page.text,
        )
    )
    assert counts == {qid: str(q["count"]) for qid, q in desk.items()}
