"""„Dodaj przegląd poleceń”: a planned meeting's agenda takes one review item and a row per
open directive of the earlier meetings, overdue first and marked; run twice it adds nothing;
refused outside ``planned`` and to the departments."""

from .board_data import make_board
from .conftest import make_directive
from .conftest import make_meeting
from .conftest import meeting_start
from datetime import timedelta
from kancelaria.testing import PASSWORD

import lxml.html
import pytest
import requests
import transaction


@pytest.fixture
def board(fportal):
    return make_board(fportal)


@pytest.fixture
def planned(fportal, board):
    """A meeting planned for tomorrow, with an item of its own on the agenda."""
    start = meeting_start(days_ago=-1)
    obj = make_meeting(
        fportal["kancelaria"]["narady"],
        "planned",
        title="Narada kierownictwa",
        start=start,
        agenda=[{"number": "1", "topic": "Budżet 2027", "presenter": "Skarbnik"}],
    )
    transaction.commit()
    return obj


def pull(client, meeting, user="clerk"):
    return client(user).post(f"{meeting.absolute_url()}/@agenda-from-directives")


def test_review_rows_overdue_first_and_marked(client, board, planned):
    _meetings, directives = board
    response = pull(client, planned)
    assert response.status_code == 200, response.text
    data = response.json()
    expected = [directives[n].signature for n in ("late", "later", "week", "month")]
    assert data["added"] == expected
    agenda = data["agenda"]
    assert agenda[0] == {"number": "1", "topic": "Budżet 2027", "presenter": "Skarbnik"}
    assert agenda[1]["number"] == "2"
    assert agenda[1]["topic"] == "Review of the execution of directives"
    rows = agenda[2:]
    assert [row["number"] for row in rows] == ["2.1", "2.2", "2.3", "2.4"]
    late, later, week, month = rows
    assert late["topic"].startswith("OVERDUE by 5 d: " + directives["late"].signature)
    assert "Przygotować raport o stanie dróg gminnych" in late["topic"]
    assert "(WOIK, deadline " in late["topic"]
    assert late["presenter"] == "Jan Kowalski"
    assert later["topic"].startswith("OVERDUE by 2 d: ")
    assert week["topic"].startswith(directives["week"].signature)  # not overdue: no mark
    assert "WKSP" in month["topic"]
    # What the meeting keeps is what the answer says.
    transaction.begin()
    assert [dict(row) for row in planned.agenda] == agenda


def test_running_twice_adds_nothing_then_only_the_new(client, fportal, board, planned):
    meetings, _directives = board
    first = pull(client, planned).json()["agenda"]
    again = pull(client, planned)
    assert again.status_code == 200
    assert again.json()["added"] == []
    assert again.json()["agenda"] == first
    # A directive issued since then joins under the same item.
    transaction.begin()
    new = make_directive(
        meetings["new"],
        departments=("WOIK",),
        title="Nowe polecenie po naradzie",
        deadline=meeting_start(0).date() + timedelta(days=30),
    )
    transaction.commit()
    third = pull(client, planned).json()
    assert third["added"] == [new.signature]
    assert third["agenda"][:-1] == first
    assert third["agenda"][-1]["number"] == "2.5"


def test_only_a_planned_meeting(client, board):
    meetings, _directives = board
    response = pull(client, meetings["new"])  # held
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "review_state"
    assert [dict(r) for r in meetings["new"].agenda] == [{"number": "1", "topic": "Budżet 2027"}]


@pytest.mark.parametrize("user", ["woik", "wksp", "press", "outsider", None])
def test_refused_to_others(client, planned, user):
    response = pull(client, planned, user)
    assert response.status_code in (401, 403)
    planned._p_jar.sync()
    assert len(planned.agenda) == 1


def test_the_mayor_may(client, planned):
    response = pull(client, planned, "mayor")
    assert response.status_code == 200
    assert len(response.json()["added"]) == 4


def test_only_directives_of_earlier_meetings(client, fportal, board, planned):
    later_meeting = make_meeting(
        fportal["kancelaria"]["narady"],
        "planned",
        title="Narada za tydzień",
        start=meeting_start(days_ago=-7),
    )
    transaction.commit()
    first = pull(client, planned).json()
    assert len(first["added"]) == 4
    # The directives of the meeting itself are not "earlier"; nor those of later ones.
    assert pull(client, later_meeting).json()["added"] == first["added"]


def test_the_button_on_the_meeting_page(fportal, board, planned):
    url = planned.absolute_url()
    session = requests.Session()
    session.auth = ("clerk", PASSWORD)
    page = session.get(url, headers={"Accept": "text/html"}, timeout=60)
    html = lxml.html.fromstring(page.text)
    forms = html.cssselect("section.kancelaria-agenda-pull form")
    assert len(forms) == 1
    assert "4" in html.cssselect("section.kancelaria-agenda-pull")[0].text_content()
    token = forms[0].cssselect("input[name=_authenticator]")[0].get("value")
    done = session.post(
        forms[0].get("action"), data={"_authenticator": token, "pull": "1"}, timeout=60
    )
    assert done.status_code == 200
    planned._p_jar.sync()
    assert len(planned.agenda) == 6
    # A department reading the meeting gets no button.
    woik = requests.get(url, auth=("woik", PASSWORD), timeout=60)
    assert "kancelaria-agenda-pull" not in woik.text
    # A held meeting has none either.
    held = board[0]["new"].absolute_url()
    assert "kancelaria-agenda-pull-button" not in session.get(held, timeout=60).text
