"""``@controlpanels/kancelaria``: read, change, refuse bad tables; departments make groups."""

from plone import api

import pytest
import transaction

PANEL = "@controlpanels/kancelaria"


def departments(*rows):
    return [{"symbol": s, "title": t, "email": e} for s, t, e in rows]


BASE = departments(
    ("WOIK", "Wydział Organizacyjny, Informatyki i Kadr", "woik@example.org"),
    ("WKSP", "Wydział Kultury, Sportu i Promocji Miasta", "wksp@example.org"),
)


def test_read(client):
    data = client("admin").get(PANEL).json()["data"]
    assert data["unit_symbol"] == "KPM"
    assert [row["symbol"] for row in data["departments"]] == ["WOIK", "WKSP"]
    assert data["deadline_days"]["interpellation"] == 14


def test_adding_a_department_makes_its_group(client, fportal):
    rows = BASE + departments(("WGK", "Wydział Gospodarki Komunalnej", "wgk@example.org"))
    response = client("admin").patch(PANEL, {"departments": rows})
    assert response.status_code == 204, response.text
    transaction.begin()
    group = api.group.get(groupname="dept-wgk")
    assert group is not None
    assert group.getProperty("email") == "wgk@example.org"
    # The new department's people may open the internal area (and see only their cases).
    assert "CaseWorker" in fportal["kancelaria"].get_local_roles_for_userid("dept-wgk")


def test_removing_a_department_keeps_its_group(client):
    response = client("admin").patch(PANEL, {"departments": BASE[:1]})
    assert response.status_code == 204
    transaction.begin()
    assert api.group.get(groupname="dept-wksp") is not None


@pytest.mark.parametrize(
    "body,needle",
    [
        ({"departments": BASE + departments(("WOIK", "Drugi", ""))}, "WOIK"),
        ({"departments": departments(("W-1", "Zły symbol", ""))}, "W-1"),
        ({"departments": departments(("123", "Same cyfry", ""))}, "123"),
        ({"departments": departments(("WX", "Zły e-mail", "nie-adres"))}, "nie-adres"),
        ({"jrwa": [{"symbol": "0003", "title": "a"}, {"symbol": "0003", "title": "b"}]}, "0003"),
        ({"jrwa": [{"symbol": "abc", "title": "a"}]}, "abc"),
        (
            {"councillors": [{"id": "Jan Kowalski", "fullname": "Jan", "club": "", "email": ""}]},
            "Jan Kowalski",
        ),
        ({"unit_symbol": "K.P.M"}, "Unit symbol"),
        ({"deadline_days": {"letter": 0}}, "letter"),
    ],
)
def test_bad_settings_refused_nothing_saved(client, body, needle):
    before = client("admin").get(PANEL).json()["data"]
    response = client("admin").patch(PANEL, body)
    assert response.status_code == 400, response.text
    assert needle in response.text
    assert client("admin").get(PANEL).json()["data"] == before
    transaction.begin()
    assert api.group.get(groupname="dept-wx") is None


@pytest.mark.parametrize("user", [None, "outsider", "clerk", "woik"])
def test_closed_to_others(client, user):
    assert client(user).get(PANEL).status_code in (401, 403)
    response = client(user).patch(PANEL, {"unit_symbol": "ABC"})
    assert response.status_code in (401, 403)


def test_create_case_with_unknown_jrwa_400(client, fportal):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    response = client("clerk").post(
        url, {"@type": "KancelariaTestCase", "title": "Zła klasa", "jrwa": "9999"}
    )
    assert response.status_code == 400
    assert "jrwa" in response.text
    transaction.begin()
    assert len(fportal["kancelaria"]["korespondencja"].objectIds()) == 0


def test_create_case_over_rest(client, fportal):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    response = client("clerk").post(
        url,
        {"@type": "KancelariaTestCase", "title": "Wniosek", "received_date": "2026-03-23"},
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["signature"].startswith("KPM.0002.1.")
    assert data["deadline"] == "2026-04-22"
    assert data["received_date"] == "2026-03-23"
