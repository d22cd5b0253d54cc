"""Who sees which directives on the dashboard, by every way in: the page, ``@directives``,
the export. A department sees the directives routed to it (and their counters), nothing of
the others'; people outside the office nothing at all."""

from .board_data import make_board
from kancelaria.testing import PASSWORD

import csv
import lxml.html
import pytest
import requests

NARADY = "kancelaria/narady"
EVERYTHING_OPEN = ["late", "later", "week", "month"]
#: user → the open directives listed (``None``: the dashboard is closed to the user).
SEES = {
    "clerk": EVERYTHING_OPEN,
    "mayor": EVERYTHING_OPEN,
    "woik": ["late", "week"],
    "wksp": ["later", "month"],
    # The press office opens the internal area (its desk) and finds none of these.
    "press": [],
    "outsider": None,
    None: None,
}


@pytest.fixture
def board(fportal):
    return make_board(fportal)


def get(fportal, user, path, **params):
    return requests.get(
        f"{fportal['kancelaria']['narady'].absolute_url()}/{path}",
        params=params,
        auth=(user, PASSWORD) if user else None,
        headers={"Accept": "text/html"},
        allow_redirects=False,
        timeout=60,
    )


def closed(response):
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


@pytest.mark.parametrize("user", list(SEES), ids=[str(u) for u in SEES])
def test_each_sees_only_their_directives(client, fportal, board, user):
    _meetings, directives = board
    expected = SEES[user]
    signatures = {obj.signature: name for name, obj in directives.items()}
    rest = client(user).get(f"{NARADY}/@directives", params={"b_size": 100})
    page = get(fportal, user, "@@polecenia")
    export = get(fportal, user, "@@directives-export", format="csv")
    if expected is None:
        assert rest.status_code in (401, 403)
        assert closed(page) and closed(export)
        for response in (rest, page, export):
            assert not any(s in response.text for s in signatures)
        return
    assert rest.status_code == 200 and page.status_code == 200 and export.status_code == 200
    data = rest.json()
    assert [signatures[i["signature"]] for i in data["items"]] == expected
    html = lxml.html.fromstring(page.text)
    listed = [td.text_content().strip() for td in html.cssselect("td.kancelaria-signature")]
    assert [signatures[s] for s in listed] == expected
    rows = list(csv.reader(export.content.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [signatures[row[0]] for row in rows[1:]] == expected
    # Nothing of the others' directives anywhere on the page, not even in the filters.
    for signature, name in signatures.items():
        if name not in expected and name not in ("verified", "cancelled"):
            assert signature not in page.text
            assert directives[name].Title() not in page.text
    assert data["counters"]["open"] == len(expected)


def test_a_department_counts_only_its_own(client, board):
    woik = client("woik").get(f"{NARADY}/@directives").json()
    assert woik["counters"] == {
        "open": 2,
        "overdue": 1,
        "due_this_week": 1,
        "reported_done": 1,
        "verified_this_year": 1,
    }
    wksp = client("wksp").get(f"{NARADY}/@directives", params={"state": "verified"}).json()
    assert wksp["items"] == [] and wksp["counters"]["verified_this_year"] == 0


def test_a_department_filters_only_by_itself_and_its_meetings(client, fportal, board):
    meetings, _directives = board
    refused = client("woik").get(f"{NARADY}/@directives", params={"department": "WKSP"})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "department"
    own = client("woik").get(f"{NARADY}/@directives", params={"department": "WOIK"})
    assert own.status_code == 200 and own.json()["items_total"] == 2
    # Both meetings have a directive of WOIK: the department sees both meetings.
    for meeting in meetings.values():
        found = client("woik").get(f"{NARADY}/@directives", params={"meeting": meeting.UID()})
        assert found.status_code == 200
    # The persons' names of every directive are suggested to the office only.
    office = get(fportal, "clerk", "@@polecenia").text
    department = get(fportal, "woik", "@@polecenia").text
    assert "filter-person-names" in office
    assert "filter-person-names" not in department


def test_a_meeting_a_department_cannot_see_is_refused(client, fportal, board):
    from .conftest import make_directive
    from .conftest import make_meeting

    import transaction

    other = make_meeting(fportal["kancelaria"]["narady"], "held", title="Narada sportowa")
    make_directive(other, departments=("WKSP",), title="Przygotować turniej")
    transaction.commit()
    response = client("woik").get(f"{NARADY}/@directives", params={"meeting": other.UID()})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "meeting"
    assert (
        client("wksp")
        .get(f"{NARADY}/@directives", params={"meeting": other.UID()})
        .json()["items_total"]
        == 1
    )
