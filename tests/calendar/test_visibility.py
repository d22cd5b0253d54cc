"""Who sees an appointment: each role × state × way in (the page, REST, ``@search``). An
internal or cancelled appointment is the office's and the mayor's group's; a public one is
everyone's — but only its subject, time, place and officials: never the participants, the
notes, the related cases or the request, to anyone outside the staff."""

from tests.calendar.conftest import make_appointment

import pytest
import transaction

DENIED = (401, 403, 404)
STATES = ("internal", "public", "cancelled")
STAFF = {"clerk", "mayor"}

#: user → the states of an appointment it sees.
SEES = {
    None: {"public"},
    "outsider": {"public"},
    "woik": {"public"},
    "press": {"public"},
    "clerk": set(STATES),
    "mayor": set(STATES),
}

SECRETS = ("Jan Tajny", "Poufna notatka")


@pytest.fixture
def appointments(fportal):
    made = {
        state: make_appointment(fportal, state, title=f"Spotkanie {state} w ratuszu")
        for state in STATES
    }
    transaction.commit()
    return made


def html(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


@pytest.mark.parametrize("user", list(SEES))
def test_matrix(client, appointments, user):
    rest = client(user)
    for state, obj in appointments.items():
        expected = state in SEES[user]
        url = obj.absolute_url()
        page = html(rest.session, url)
        assert (page.status_code == 200) is expected, (user, state, page.status_code)
        item = rest.get(url)
        assert (item.status_code == 200) is expected, (user, state, "REST", item.status_code)
        if not expected:
            assert page.status_code in DENIED or "login" in page.headers.get("Location", "")
            assert "Spotkanie" not in page.text and "Spotkanie" not in item.text
            continue
        data = item.json()
        assert data["title"] == f"Spotkanie {state} w ratuszu"
        assert data["place"] == "Gabinet Prezydenta, pok. 101"
        assert data["start"] and data["end"]
        assert [o["token"] for o in data["officials"]] == ["prezydent"]
        if user in STAFF:
            assert "Jan Tajny" in data["participants"]
            assert "Poufna notatka" in data["notes"]
            assert "Jan Tajny" in page.text
        else:
            for name in ("participants", "notes", "related", "request"):
                assert name not in data, (user, name)
            for secret in SECRETS:
                assert secret not in item.text, (user, secret)
                assert secret not in page.text, (user, secret)
            assert "Gabinet Prezydenta" in page.text
        history = rest.get(f"{url}/@history")
        assert (history.status_code == 200) is (user in STAFF), (user, "history")

    found = rest.get(
        "@search",
        params={"portal_type": "Appointment", "metadata_fields": "_all", "fullobjects": "1"},
    )
    assert found.status_code == 200
    titles = {i["title"] for i in found.json()["items"]}
    assert titles == {f"Spotkanie {s} w ratuszu" for s in SEES[user]}, user
    if user not in STAFF:
        for secret in SECRETS:
            assert secret not in found.text, (user, secret)
    # Nobody finds a public appointment by what only the staff read.
    by_secret = rest.get("@search", params={"SearchableText": "Tajny"})
    assert by_secret.json()["items_total"] == 0


@pytest.mark.parametrize("user", [None, "outsider"])
def test_staff_calendar_closed_to_outsiders(client, appointments, user):
    rest = client(user)
    for view in ("", "@@calendar-week", "@@calendar-day", "@@calendar-officials"):
        page = html(rest.session, f"{rest.base}/kancelaria/kalendarz/{view}")
        assert page.status_code in DENIED or "login" in page.headers.get("Location", ""), view
        assert "Spotkanie" not in page.text
    assert rest.get("kancelaria/kalendarz/@calendar").status_code in DENIED
