"""The desk's queue “Sprawozdania do przygotowania”: drafts whose session is within two
weeks or past, for the office; published reports and far sessions are not in it."""

from datetime import timedelta
from kancelaria import clock

import pytest


def _queue(client, user):
    desk = client(user).get("kancelaria/@desk").json()
    return {q["id"]: q for q in desk["queues"]}.get("reports_to_prepare")


@pytest.fixture
def reports(freport):
    today = clock.today()
    freport(title="Na najbliższą sesję", session_date=today + timedelta(days=5))
    freport(title="Po sesji", session_date=today - timedelta(days=1))
    freport(title="Na sesję jesienną", session_date=today + timedelta(days=60))
    freport(title="Opublikowane", state="published", session_date=today + timedelta(days=3))


def test_the_office_sees_drafts_due_soon(client, reports):
    queue = _queue(client, "clerk")
    titles = [item["title"] for item in queue["items"]]
    assert titles == ["Po sesji", "Na najbliższą sesję"]  # the session's day, earliest first
    assert queue["count"] == 2
    assert queue["items"][1]["days_left"] == 5
    assert queue["items"][0]["@type"] == "ActivityReport"


@pytest.mark.parametrize("user", ["mayor", "woik"])
def test_others_do_not_get_the_queue(client, reports, user):
    assert _queue(client, user) is None


def test_the_page_shows_the_queue_with_its_button(client, reports):
    c = client("clerk")
    c.session.headers["Accept"] = "text/html"
    page = c.get("kancelaria").text
    assert 'id="queue-reports_to_prepare"' in page
    assert "@@prepare-draft" in page
