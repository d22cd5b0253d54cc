"""Locks on cases are short, and the office can always break them.

A department that locks a case it works on (REST ``POST @lock``) gets at most
``MAX_LOCK_SECONDS`` whatever it asks for; the office (``kancelaria: Route case``) breaks the
lock with ``DELETE @lock {"force": true}`` or Plone's "Unlock" button, and the lock is gone:
``GET @lock`` says so and the department's token no longer holds the case.
"""

from .conftest import csrf_token
from kancelaria.case.locking import MAX_LOCK_SECONDS
from plone import api

import pytest
import transaction

ANSWER = {"answer": {"data": "<p>Projekt odpowiedzi</p>", "content-type": "text/html"}}


@pytest.fixture
def case(finterpellation):
    return finterpellation("forwarded", title="Zablokowana sprawa")


def lock_state(client, url):
    response = client("clerk").get(url + "/@lock")
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("stealable", [True, False])
def test_department_lock_is_short_and_the_office_breaks_it(client, case, stealable):
    url = case.absolute_url()
    woik = client("woik")
    response = woik.post(url + "/@lock", json={"timeout": 86400, "stealable": stealable})
    assert response.status_code == 200, response.text
    lock = response.json()
    assert lock["locked"] is True and lock["creator"] == "woik"
    assert 0 < lock["timeout"] <= MAX_LOCK_SECONDS
    token = lock["token"]
    # The lock holds the case against others: the clerk may not edit it over the lock.
    assert client("clerk").patch(url, ANSWER).status_code == 403
    assert woik.patch(url, ANSWER, headers={"Lock-Token": token}).status_code == 204

    # The office breaks it.
    response = client("clerk").session.delete(url + "/@lock", json={"force": True}, timeout=60)
    assert response.status_code == 200
    assert response.json()["locked"] is False
    assert lock_state(client, url)["locked"] is False
    # The department's token is dead: once the clerk locks, it no longer lets it write.
    assert client("clerk").post(url + "/@lock", json={}).status_code == 200
    assert woik.patch(url, ANSWER, headers={"Lock-Token": token}).status_code == 403


def test_another_department_cannot_break_it(client, finterpellation):
    """Only the office breaks another's lock that is not stealable (Plone's rule for the
    rest: whoever may edit may take over a stealable lock)."""
    case = finterpellation("forwarded", title="Dwa wydziały")
    with api.env.adopt_roles(["Manager"]):
        from kancelaria.case import routing

        routing.route(case, ["WOIK", "WKSP"])
    transaction.commit()
    url = case.absolute_url()
    response = client("woik").post(url + "/@lock", json={"stealable": False, "timeout": 300})
    assert response.status_code == 200
    # Asking for a lock of one's own does not touch another's.
    response = client("wksp").post(url + "/@lock", json={"timeout": 1})
    assert response.json()["creator"] == "woik" and response.json()["timeout"] == 300
    response = client("wksp").session.delete(url + "/@lock", json={}, timeout=60)
    assert response.status_code == 403
    assert "only the office" in response.json()["error"]["message"]
    for _attempt in range(2):  # and a refusal changes nothing (the lock stays unstealable)
        response = client("wksp").session.delete(url + "/@lock", json={"force": True}, timeout=60)
        assert response.status_code == 403
        assert lock_state(client, url)["locked"] is True
        assert lock_state(client, url)["creator"] == "woik"


def test_refresh_keeps_the_cap(client, case):
    url = case.absolute_url()
    woik = client("woik")
    assert woik.post(url + "/@lock", json={"timeout": 2**40}).json()["timeout"] == MAX_LOCK_SECONDS
    response = woik.patch(url + "/@lock", json={})
    assert response.status_code == 200
    assert response.json()["timeout"] <= MAX_LOCK_SECONDS


@pytest.mark.parametrize("timeout", ["abc", "600", -5, 0, 1.5, True, None, [1]])
def test_bad_timeout_is_a_400(client, case, timeout):
    response = client("woik").post(case.absolute_url() + "/@lock", json={"timeout": timeout})
    assert response.status_code == 400, (timeout, response.status_code)
    assert response.json()["error"]["field"] == "timeout"
    assert lock_state(client, case.absolute_url())["locked"] is False


def test_office_breaks_it_in_the_classic_ui(client, case, fportal):
    """The clerk sees Plone's "Unlock" button on a department's lock, even one that is not
    stealable, and it unlocks."""
    url = case.absolute_url()
    assert client("woik").post(url + "/@lock", json={"stealable": False}).status_code == 200
    clerk = client("clerk").session
    edit = clerk.get(url + "/edit", headers={"Accept": "text/html"})
    assert edit.status_code == 200
    assert "@@plone_lock_operations/force_unlock" in edit.text
    response = clerk.post(
        url + "/@@plone_lock_operations/force_unlock",
        data={"_authenticator": csrf_token(fportal, "clerk")},
        headers={"Accept": "text/html"},
        allow_redirects=False,
    )
    assert response.status_code == 302
    assert lock_state(client, url)["locked"] is False
