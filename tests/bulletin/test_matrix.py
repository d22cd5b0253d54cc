"""Who sees issues and reports, by role × state × way in: the page, REST GET, @search, the
folder's listing (and ``@bulletin``), the feed. A private issue and a draft report are the
staff's; published ones are everyone's."""

from datetime import date
from tests.bulletin.conftest import make_issue
from tests.reports.conftest import make_report

import pytest
import transaction

USERS = (None, "outsider", "woik", "clerk", "mayor", "press")
#: Who sees the unpublished item of each type.
STAFF = {"BulletinIssue": ("press",), "ActivityReport": ("clerk", "mayor", "press")}
FOLDERS = {"BulletinIssue": "biuletyn", "ActivityReport": "sprawozdania"}


@pytest.fixture(scope="function")
def items(fportal):
    made = {}
    for state in ("private", "published"):
        issue = make_issue(
            fportal["biuletyn"], state=state, title=f"Numer {state}", issue_date=date(2026, 5, 4)
        )
        made["BulletinIssue", state] = (issue.absolute_url(), f"Numer {state}")
    for state in ("draft", "published"):
        report = make_report(fportal["sprawozdania"], state=state, title=f"Sprawozdanie {state}")
        made["ActivityReport", state] = (report.absolute_url(), f"Sprawozdanie {state}")
    transaction.commit()
    return made


def sees(user, portal_type, state):
    return state == "published" or user in STAFF[portal_type]


CASES = [
    (t, s)
    for t, states in (
        ("BulletinIssue", ("private", "published")),
        ("ActivityReport", ("draft", "published")),
    )
    for s in states
]


@pytest.mark.parametrize("user", USERS)
def test_every_way_in(client, items, user):
    c = client(user)
    html = client(user)
    html.session.headers["Accept"] = "text/html"
    for portal_type, state in CASES:
        url, title = items[portal_type, state]
        visible = sees(user, portal_type, state)
        where = (user, portal_type, state)
        # REST GET
        response = c.get(url)
        assert (response.status_code == 200) == visible, where
        if not visible:
            assert response.status_code in (401, 403), where
        # the page
        page = html.get(url)
        assert page.status_code < 500, where
        assert (page.status_code == 200 and title in page.text) == visible, where
        # @search
        found = c.get("@search", params={"portal_type": portal_type, "Title": title}).json()
        assert (title in [i["title"] for i in found["items"]]) == visible, where
        # the folder's listing
        listing = html.get(FOLDERS[portal_type])
        assert listing.status_code == 200, where
        assert (title in listing.text) == visible, where
    # the bulletin's archive over REST and its feed
    archive = c.get("biuletyn/@bulletin").text
    feed = c.get("biuletyn/@@rss").text
    for state in ("private", "published"):
        _url, title = items["BulletinIssue", state]
        assert (title in archive) == sees(user, "BulletinIssue", state), (user, state)
        assert (title in feed) == sees(user, "BulletinIssue", state), (user, state)
