"""Who sees research orders and broadcasts, by role × state × way in: the page, REST GET,
``@search``, the ``/media`` archive and ``@media``. Staff (the office, the mayor's group,
the press office) see every state; a department, a plain member and anonymous visitors only
the published ones — and on those never the internal notes."""

from tests.media.conftest import make_broadcast
from tests.media.conftest import make_research

import pytest
import transaction

USERS = (None, "outsider", "woik", "clerk", "mayor", "press")
STAFF = ("clerk", "mayor", "press")
STATES = {
    "ResearchOrder": ("planned", "ordered", "delivered", "published"),
    "Broadcast": ("private", "published"),
}
NOTES = "Negocjacje ceny: rabat 10% przy kolejnym zleceniu."


@pytest.fixture
def items(fportal):
    made = {}
    for state in STATES["ResearchOrder"]:
        obj = make_research(fportal["media"], state=state, title=f"Badanie {state}")
        made["ResearchOrder", state] = (obj.absolute_url(), f"Badanie {state}")
    for state in STATES["Broadcast"]:
        obj = make_broadcast(fportal["media"], state=state, title=f"Audycja {state}")
        made["Broadcast", state] = (obj.absolute_url(), f"Audycja {state}")
    transaction.commit()
    return made


def sees(user, state):
    return state == "published" or user in STAFF


@pytest.mark.parametrize("user", USERS)
def test_every_way_in(client, items, user):
    c = client(user)
    html = client(user)
    html.session.headers["Accept"] = "text/html"
    archive = html.get("media")
    assert archive.status_code == 200
    rest_archive = [i["title"] for i in c.get("media/@media").json()["items"]]
    for (portal_type, state), (url, title) in items.items():
        visible = sees(user, state)
        where = (user, portal_type, state)
        response = c.get(url)
        assert (response.status_code == 200) == visible, where
        if not visible:
            assert response.status_code in (401, 403), where
        page = html.get(url)
        assert page.status_code < 500, where
        assert (page.status_code == 200 and title in page.text) == visible, where
        found = c.get("@search", params={"portal_type": portal_type, "Title": title}).json()
        assert (title in [i["title"] for i in found["items"]]) == visible, where
        assert (title in archive.text) == visible, where
        assert (title in rest_archive) == visible, where


@pytest.mark.parametrize("user", USERS)
def test_a_published_order_shows_its_contract_but_not_the_notes(client, items, user):
    url, _title = items["ResearchOrder", "published"]
    data = client(user).get(url).json()
    # the contractor and the cost of a public contract are public information
    assert data["contractor"] == "Pracownia Badań Społecznych sp. z o.o."
    assert float(data["cost"]) == 24600.0
    assert data["summary"]
    html = client(user)
    html.session.headers["Accept"] = "text/html"
    page = html.get(url).text
    assert "Pracownia Badań Społecznych" in page
    assert "24 600,00 zł" in page
    staff = user in STAFF
    assert (data.get("notes") == NOTES) == staff, user
    assert (NOTES in page) == staff, user


@pytest.mark.parametrize("user", (None, "outsider", "woik"))
def test_visitors_may_not_ask_for_a_state(client, items, user):
    response = client(user).get("media/@media", params={"state": "planned"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "state"


def test_staff_filter_by_state(client, items):
    response = client("clerk").get("media/@media", params={"state": "ordered"})
    assert [i["title"] for i in response.json()["items"]] == ["Badanie ordered"]


@pytest.mark.parametrize("user", (None, "outsider", "woik"))
def test_the_internal_notes_are_not_searchable_by_visitors(client, items, user):
    found = client(user).get("@search", params={"SearchableText": "Negocjacje rabat"}).json()
    assert found["items_total"] == 0
