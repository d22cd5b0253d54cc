"""The desk: the press office's “Delivered research to publish”, the office's “Research
orders due” (ordered, due within a week or past); publishing or delivering takes them off."""

from datetime import timedelta
from kancelaria import clock

import pytest


def _desk(client, user):
    response = client(user).get("kancelaria/@desk")
    assert response.status_code == 200, response.text
    return {q["id"]: q for q in response.json()["queues"]}


def _titles(queue):
    return {i["title"] for i in queue["items"]}


@pytest.fixture
def orders(fresearch):
    today = clock.today()
    return {
        "delivered": fresearch(
            state="delivered", title="Raport do publikacji", summary="Wyniki w skrócie."
        ),
        "due": fresearch(
            state="ordered",
            title="Termin za 3 dni",
            order_date=today - timedelta(days=30),
            due_date=today + timedelta(days=3),
        ),
        "late": fresearch(
            state="ordered",
            title="Po terminie",
            order_date=today - timedelta(days=30),
            due_date=today - timedelta(days=2),
        ),
        "later": fresearch(
            state="ordered",
            title="Termin za miesiąc",
            order_date=today - timedelta(days=3),
            due_date=today + timedelta(days=30),
        ),
        "published": fresearch(state="published", title="Opublikowany"),
    }


def test_press_office_publishes_delivered_research(client, orders):
    desk = _desk(client, "press")
    assert _titles(desk["research_to_publish"]) == {"Raport do publikacji"}
    assert "research_due" not in desk
    url = orders["delivered"].absolute_url()
    assert client("press").post(f"{url}/@workflow/publish").status_code == 200
    assert _desk(client, "press")["research_to_publish"]["count"] == 0


def test_office_sees_research_orders_due(client, orders):
    desk = _desk(client, "clerk")
    assert _titles(desk["research_due"]) == {"Termin za 3 dni", "Po terminie"}
    assert "research_to_publish" not in desk
    # a research order is no case: never in the core's overdue and due-this-week queues
    assert not _titles(desk["overdue"]) & {"Po terminie"}
    assert not _titles(desk["due_this_week"]) & {"Termin za 3 dni"}
    url = orders["late"].absolute_url()
    clerk = client("clerk")
    from tests.media.test_rest import _pdf

    assert (
        clerk.patch(url, json={"report": _pdf(), "delivery_date": clock.today().isoformat()})
    ).status_code == 204
    assert clerk.post(f"{url}/@workflow/deliver").status_code == 200
    assert _titles(_desk(client, "clerk")["research_due"]) == {"Termin za 3 dni"}


def test_the_mayor_gets_no_research_queue(client, orders):
    desk = _desk(client, "mayor")
    assert not {"research_due", "research_to_publish"} & set(desk)
