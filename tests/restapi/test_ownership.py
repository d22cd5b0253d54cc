"""Every field has an owner, over REST: who may write which field of a case, in which state.

A field the caller may not write is a 400 naming it, and nothing of the request is written.
"""

from datetime import date
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import history
from plone import api

import pytest
import transaction


def _refused(response, field):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field, error
    return error["message"]


def _fresh(obj):
    transaction.begin()
    return obj


def test_department_cannot_move_its_own_receipt_date(client, fcase):
    """The defect: a routed department PATCHed ``received_date`` and its deadline moved."""
    case = fcase(title="Pismo do wydziału", received_date=clock.today() - timedelta(days=5))
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    before = (case.received_date, case.deadline)
    later = (clock.today() - timedelta(days=1)).isoformat()
    response = client("woik").patch(case.absolute_url(), {"received_date": later})
    _refused(response, "received_date")
    case = _fresh(case)
    assert (case.received_date, case.deadline) == before


@pytest.mark.parametrize("user", ["woik", "mayor"])
def test_only_the_office_sets_the_class(client, fcase, user):
    case = fcase()
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    response = client(user).patch(case.absolute_url(), {"jrwa": "0005"})
    assert response.status_code in (400, 401, 403), response.text
    assert _fresh(case).jrwa == "0002"


def test_clerk_corrects_receipt_date_with_a_reason(client, fcase):
    received = clock.today() - timedelta(days=10)
    case = fcase(received_date=received)
    old_deadline = case.deadline
    new = received - timedelta(days=3)
    url = case.absolute_url()

    no_reason = client("clerk").patch(url, {"received_date": new.isoformat()})
    _refused(no_reason, "reason")
    assert _fresh(case).received_date == received

    done = client("clerk").patch(url, {"received_date": new.isoformat(), "reason": "Data stempla"})
    assert done.status_code == 204, done.text
    case = _fresh(case)
    assert case.received_date == new
    assert case.deadline < old_deadline
    entry = history.entries(case)[-1]
    assert entry["action"] == "change_receipt"
    assert "Data stempla" in entry["comments"]


def test_receipt_date_through_deadline_endpoint(client, fcase):
    received = clock.today() - timedelta(days=10)
    case = fcase(received_date=received)
    response = client("clerk").post(
        case.absolute_url() + "/@deadline",
        {"received_date": (received - timedelta(days=1)).isoformat(), "reason": "Korekta"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["received_date"] == (received - timedelta(days=1)).isoformat()


def test_unchanged_receipt_date_needs_no_reason(client, fcase):
    """A client that sends the whole item back changes nothing and is not refused."""
    case = fcase()
    item = client("clerk").get(case.absolute_url()).json()
    response = client("clerk").patch(
        case.absolute_url(),
        {"title": "Nowy temat", "received_date": item["received_date"], "jrwa": item["jrwa"]},
    )
    assert response.status_code == 204, response.text
    assert _fresh(case).title == "Nowy temat"


@pytest.mark.parametrize(
    "value",
    [
        "9999-12-31",
        (clock.today() + timedelta(days=3)).isoformat(),
        "1999-12-31",
        "2026-13-45",
        "jutro",
        12,
    ],
)
def test_bad_receipt_dates_refused_at_registration(client, fportal, value):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    response = client("clerk").post(
        url, {"@type": "KancelariaTestCase", "title": "Pismo", "received_date": value}
    )
    _refused(response, "received_date")
    transaction.begin()
    assert not fportal["kancelaria"]["korespondencja"].objectIds()


@pytest.mark.parametrize("value", ["9999-12-31", "1999-01-01"])
def test_bad_receipt_dates_refused_after_registration(client, fcase, value):
    case = fcase()
    response = client("clerk").patch(
        case.absolute_url(), {"received_date": value, "reason": "Pomyłka"}
    )
    _refused(response, "received_date")


def test_receipt_date_stays_in_the_signature_year(client, fcase):
    case = fcase(received_date=date(2026, 1, 5))
    response = client("clerk").patch(
        case.absolute_url(), {"received_date": "2025-12-30", "reason": "Pomyłka roku"}
    )
    _refused(response, "received_date")


@pytest.mark.parametrize(
    "body, field",
    [
        ({"signature": "KPM.0002.99.2026"}, "signature"),
        ({"deadline": "2030-01-01"}, "deadline"),
        ({"departments": ["WKSP"]}, "departments"),
        ({"review_state": "closed"}, "review_state"),
    ],
)
def test_fields_kept_by_the_core_are_refused_not_ignored(client, fcase, body, field):
    case = fcase()
    before = (case.signature, case.deadline, list(case.departments or []))
    _refused(client("clerk").patch(case.absolute_url(), body), field)
    case = _fresh(case)
    assert (case.signature, case.deadline, list(case.departments or [])) == before
    assert api.content.get_state(case) == "registered"


@pytest.mark.parametrize(
    "body, field",
    [
        ({"signature": "KPM.0002.99.2026"}, "signature"),
        ({"deadline": "2030-01-01"}, "deadline"),
        ({"review_state": "closed"}, "review_state"),
    ],
)
def test_fields_kept_by_the_core_are_refused_at_registration(client, fportal, body, field):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    response = client("clerk").post(url, {"@type": "KancelariaTestCase", "title": "P", **body})
    _refused(response, field)
    transaction.begin()
    assert not fportal["kancelaria"]["korespondencja"].objectIds()
