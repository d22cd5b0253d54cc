"""Routing several cases at once from the clerk's desk (``POST /kancelaria/@@desk-route``):
each through the core (one routing, one history entry, one e-mail per case), with
plone.protect's token, and all or nothing — a case that cannot be routed refuses the batch
and is named."""

from kancelaria.case import history
from plone import api
from tests.interpellations.conftest import csrf_token

import pytest
import transaction


def post(client, fportal, user, uids, department="WOIK", token=True, comment=""):
    data = {"uids:list": uids, "department": department, "comment": comment}
    if token:
        data["_authenticator"] = csrf_token(fportal, user)
    return client(user).session.post(
        client(user).url("kancelaria/@@desk-route"),
        data=data,
        headers={"Accept": "text/html"},
        timeout=60,
    )


def routings(obj):
    return [e for e in history.entries(obj) if e.get("action") == "route"]


def test_two_cases_routed_at_once(client, fportal, office, smtp):
    cases = [office["new1"], office["new2"]]
    response = post(client, fportal, "clerk", [c.UID() for c in cases], comment="Pilne")
    assert response.status_code == 200
    assert response.url.rstrip("/").endswith("/kancelaria")  # back on the desk
    signatures = ", ".join(c.signature for c in cases)
    assert f"Cases routed to WOIK: 2 ({signatures})." in response.text
    transaction.begin()
    for case in cases:
        assert case.departments == ["WOIK"]
        assert api.content.get_state(case) == "forwarded"
        (entry,) = routings(case)
        assert entry["actor"] == "clerk" and entry["comments"] == "WOIK: Pilne"
    assert [m["to"] for m in smtp] == [["woik@example.org"]] * 2  # one e-mail per case


def test_a_case_no_longer_waiting_refuses_the_batch(client, fportal, office, smtp):
    """Another clerk routed one meanwhile: none of the batch is routed, the case is named."""
    waiting, gone = office["new1"], office["wksp"]  # "wksp" was routed to WKSP already
    response = post(client, fportal, "clerk", [waiting.UID(), gone.UID()])
    assert response.status_code == 200
    assert (
        f"Nothing was routed: {gone.signature} is no longer waiting to be routed." in response.text
    )
    transaction.begin()
    assert not waiting.departments and api.content.get_state(waiting) == "registered"
    assert routings(waiting) == []
    assert gone.departments == ["WKSP"] and len(routings(gone)) == 1
    assert smtp == []


@pytest.mark.parametrize(
    "uids,department,message",
    [
        ([], "WOIK", "select the cases to route."),
        (None, "", "choose at least one department."),
        (None, "XYZ", "'XYZ' is not a department of the settings."),
        (["nie-ma-takiej"], "WOIK", "a selected case no longer exists or is not yours to see."),
    ],
)
def test_bad_input_routes_nothing(client, fportal, office, uids, department, message):
    case = office["new1"]
    response = post(client, fportal, "clerk", [case.UID()] if uids is None else uids, department)
    assert response.status_code == 200
    assert f"Nothing was routed: {message}" in response.text.replace("&#x27;", "'")
    transaction.begin()
    assert api.content.get_state(case) == "registered" and routings(case) == []


def test_without_the_token_nothing_is_routed(client, fportal, office):
    case = office["new1"]
    response = post(client, fportal, "clerk", [case.UID()], token=False)
    assert response.status_code == 403
    transaction.begin()
    assert api.content.get_state(case) == "registered"


@pytest.mark.parametrize("user", ["woik", "mayor", "outsider", None])
def test_only_the_office_routes(client, fportal, office, user):
    case = office["new1"]
    data = {"uids:list": [case.UID()], "department": "WOIK"}
    if user:
        data["_authenticator"] = csrf_token(fportal, user)
    response = client(user).session.post(
        client(user).url("kancelaria/@@desk-route"),
        data=data,
        headers={"Accept": "text/html"},
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code in (302, 401, 403)
    if response.status_code == 302:  # Plone's login form
        assert (
            "login" in response.headers["Location"]
            or "require_login" in (response.headers["Location"])
        )
    transaction.begin()
    assert api.content.get_state(case) == "registered"


def test_a_get_routes_nothing(client, office):
    response = client("clerk").session.get(
        client("clerk").url("kancelaria/@@desk-route"),
        params={"uids:list": office["new1"].UID(), "department": "WOIK"},
        headers={"Accept": "text/html"},
        timeout=60,
    )
    assert response.status_code == 200
    transaction.begin()
    assert api.content.get_state(office["new1"]) == "registered"


@pytest.mark.parametrize(
    "extra",
    [
        {"department:list": ["WOIK", "WKSP"]},
        {"department": "WOIK", "comment:list": ["a", "b"]},
        {"department": "WOIK", "uids": "nie-ma-takiej"},  # joins the list: refused
    ],
)
def test_odd_forms_are_refused_not_errors(client, fportal, office, extra):
    case = office["new1"]
    data = {"uids:list": [case.UID()], "_authenticator": csrf_token(fportal, "clerk"), **extra}
    response = client("clerk").session.post(
        client("clerk").url("kancelaria/@@desk-route"),
        data=data,
        headers={"Accept": "text/html"},
        timeout=60,
    )
    assert response.status_code == 200, response.status_code
    assert "Nothing was routed" in response.text
    transaction.begin()
    assert api.content.get_state(case) == "registered"


def test_odd_desk_queries_show_the_desk(client, office):
    clerk = client("clerk")
    for params in ({"queue:list": ["a", "b"]}, {"queue": "to_route", "b_start": "-5"}):
        response = clerk.session.get(
            clerk.url("kancelaria/@@desk"), params=params, headers={"Accept": "text/html"}
        )
        assert response.status_code == 200 and "kancelaria-desk" in response.text
