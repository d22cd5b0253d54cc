"""``POST <case>/@route`` over HTTP, as CONTRACT.md says."""

from plone import api

import pytest
import transaction


def test_clerk_routes(client, fcase):
    case = fcase()
    response = client("clerk").post(
        case.absolute_url() + "/@route", {"departments": ["WOIK"], "comment": "Pilne"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["departments"] == ["WOIK"]
    assert response.json()["review_state"] == "forwarded"
    # The department's user now reads the case through REST; the other does not.
    assert client("woik").get(case.absolute_url()).status_code == 200
    assert client("wksp").get(case.absolute_url()).status_code in (401, 403)
    item = client("clerk").get(case.absolute_url()).json()
    assert [d["token"] for d in item["departments"]] == ["WOIK"]
    assert "Wydział Organizacyjny" in item["departments"][0]["title"]


def test_history_shows_routing(client, fcase):
    case = fcase()
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WKSP"]})
    entries = client("clerk").get(case.absolute_url() + "/@history").json()
    actions = [e.get("action") for e in entries]
    assert "route" in actions
    assert "Forward" in actions or "forward" in actions


@pytest.mark.parametrize(
    "body,field,needle",
    [
        ({"departments": ["XYZ"]}, "departments", "XYZ"),
        ({"departments": []}, "departments", ""),
        ({"departments": "WOIK"}, "departments", ""),
        ({}, "departments", ""),
    ],
)
def test_bad_input_400_names_field(client, fcase, fportal, body, field, needle):
    case = fcase()
    response = client("clerk").post(case.absolute_url() + "/@route", body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert error["message"].startswith(f"{field}:")
    assert needle in error["message"]
    transaction.begin()
    assert case.departments == []
    assert api.content.get_state(case) == "registered"


def test_not_json_400(client, fcase):
    case = fcase()
    response = client("clerk").session.post(
        case.absolute_url() + "/@route", data="nie json", timeout=30
    )
    assert response.status_code == 400


@pytest.mark.parametrize("user", [None, "outsider", "woik", "mayor", "press"])
def test_who_may_not_route(client, fcase, user):
    case = fcase()
    response = client(user).post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    assert response.status_code in (401, 403)
    transaction.begin()
    assert case.departments == []


def test_routed_department_may_not_reroute(client, fcase):
    case = fcase()
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    response = client("woik").post(case.absolute_url() + "/@route", {"departments": ["WKSP"]})
    assert response.status_code in (401, 403)
