"""``POST <case>/@deadline`` and ``GET /kancelaria/@deadlines``."""

from datetime import date
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import routing

import transaction


def test_change_deadline(client, fcase):
    case = fcase(received_date=date(2026, 3, 2))
    response = client("clerk").post(
        case.absolute_url() + "/@deadline",
        {"deadline": "2026-05-04", "reason": "Prośba wydziału"},
    )
    assert response.status_code == 200, response.text
    assert client("clerk").get(case.absolute_url()).json()["deadline"] == "2026-05-04"
    history = client("clerk").get(case.absolute_url() + "/@history").json()
    assert any("Prośba wydziału" in (e.get("comments") or "") for e in history)


def test_change_deadline_bad_input(client, fcase):
    case = fcase(received_date=date(2026, 3, 2))
    before = client("clerk").get(case.absolute_url()).json()["deadline"]
    for body, field in (
        ({"deadline": "2026-05-04"}, "reason"),
        ({"deadline": "2026-02-01", "reason": "x"}, "deadline"),
        ({"deadline": "4 maja", "reason": "x"}, "deadline"),
    ):
        response = client("clerk").post(case.absolute_url() + "/@deadline", body)
        assert response.status_code == 400
        assert response.json()["error"]["field"] == field
    assert client("clerk").get(case.absolute_url()).json()["deadline"] == before


def test_department_may_not_change_deadline(client, fcase):
    case = fcase()
    routing.route(case, ["WOIK"])
    transaction.commit()
    response = client("woik").post(
        case.absolute_url() + "/@deadline", {"deadline": "2030-01-02", "reason": "x"}
    )
    assert response.status_code in (401, 403)


def test_deadlines_listing(client, fcase, fportal):
    today = clock.today()
    late = fcase(title="Zaległa", received_date=today - timedelta(days=60))
    soon = fcase(title="Pilna", received_date=today - timedelta(days=29))
    later = fcase(title="Spokojna", received_date=today)
    for case, dept in ((late, "WOIK"), (soon, "WOIK"), (later, "WKSP")):
        routing.route(case, [dept])
    transaction.commit()
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"

    data = client("clerk").get(url).json()
    assert [i["title"] for i in data["items"]] == ["Zaległa", "Pilna", "Spokojna"]
    assert [i["status"] for i in data["items"]][0] == "overdue"
    assert data["overdue"] == 1

    woik = client("clerk").get(url, params={"department": "WOIK"}).json()
    assert [i["title"] for i in woik["items"]] == ["Zaległa", "Pilna"]

    # A department's user sees only its own cases, whatever it asks for.
    own = client("wksp").get(url).json()
    assert [i["title"] for i in own["items"]] == ["Spokojna"]
    assert client("wksp").get(url, params={"department": "WOIK"}).json()["items"] == []

    overdue = client("clerk").get(url, params={"status": "overdue"}).json()
    assert [i["title"] for i in overdue["items"]] == ["Zaległa"]


def test_deadlines_batched(client, fcase, fportal):
    for i in range(5):
        fcase(title=f"Sprawa {i}")
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"
    data = client("clerk").get(url, params={"b_size": 2}).json()
    assert data["items_total"] == 5
    assert len(data["items"]) == 2
    assert "next" in data["batching"]


def test_deadlines_bad_filter(client, fportal):
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"
    response = client("clerk").get(url, params={"department": "XYZ"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "department"


def test_deadlines_closed_to_outsiders(client, fportal):
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"
    assert client(None).get(url).status_code == 401
    assert client("outsider").get(url).status_code in (401, 403)
