"""Who writes which field in which state over REST (a 400/401/403 naming it otherwise), and
the desk's queues and the deadlines list: applications to review, patronages to decide,
missing reports (past their due date) and reports to settle."""

from datetime import timedelta
from kancelaria import clock
from plone import api

import pytest
import transaction


@pytest.mark.parametrize(
    "user, state, field, value, allowed",
    [
        ("clerk", "submitted", "place", "Rynek", True),
        ("clerk", "under_review", "review_notes", "Sprawdzono", True),
        ("clerk", "under_review", "justification", "Tak", False),
        ("mayor", "under_review", "justification", "Promuje miasto", True),
        ("mayor", "under_review", "place", "Rynek", False),
        ("woik", "submitted", "place", "Rynek", False),
        ("clerk", "granted", "place", "Rynek", False),
        ("clerk", "granted", "report_text", "Sprawozdanie z telefonu", True),
        ("clerk", "submitted", "report_due", "2030-01-01", False),
        ("clerk", "refused", "title", "Inny", False),
        (None, "granted", "title", "Inny", False),
    ],
)
def test_field_owners(client, fpatronage, user, state, field, value, allowed):
    obj = fpatronage(state)
    response = client(user).patch(obj.absolute_url(), json={field: value})
    assert response.status_code < 500
    transaction.begin()
    if allowed:
        assert response.status_code == 204, response.text
        assert getattr(obj, field) == value
    else:
        assert response.status_code in (400, 401, 403), response.text
        if response.status_code == 400:
            assert response.json()["error"]["field"] == field
        assert getattr(obj, field) != value


def queues(client, user):
    data = client(user).get("kancelaria/@desk").json()
    return {q["id"]: [i["title"] for i in q["items"]] for q in data["queues"]}


def test_desk_queues(client, fportal, fpatronage):
    fpatronage("submitted", title="Do rozpatrzenia")
    fpatronage("under_review", title="Do decyzji")
    late = fpatronage("granted", title="Bez sprawozdania")
    done = fpatronage("granted", title="Ze sprawozdaniem")
    with api.env.adopt_roles(["Manager"]):
        late.deadline = late.report_due = clock.today() - timedelta(days=2)
        late.reindexObject()
        done.report_text = "Odbyło się."
        done.reindexObject()
    transaction.commit()
    clerk = queues(client, "clerk")
    assert clerk["patronages_to_review"] == ["Do rozpatrzenia"]
    assert clerk["missing_reports"] == ["Bez sprawozdania"]
    assert clerk["reports_to_settle"] == ["Ze sprawozdaniem"]
    assert "patronages_to_decide" not in clerk
    mayor = queues(client, "mayor")
    assert mayor["patronages_to_decide"] == ["Do decyzji"]
    assert "patronages_to_review" not in mayor
    assert not any(q.startswith("patronages") for q in queues(client, "woik"))
    deadlines = client("clerk").get("kancelaria/@deadlines").json()
    overdue = [i for i in deadlines["items"] if i["signature"] == late.signature]
    assert overdue and overdue[0]["status"] == "overdue"
