"""Who sees a patronage, by role × state × way in (page, REST GET, @search, the register on
/patronaty, the history). Pending and refused applications are the office's; granted ones
are public, but the contact person, e-mail and phone, the address, the office's notes, the
justification and the report never reach anyone outside the office and the mayor."""

from plone import api

import pytest
import transaction

STATES = ("submitted", "under_review", "granted", "refused", "settled")
PUBLIC = ("granted", "settled")
STAFF = ("clerk", "mayor")
OTHERS = (None, "outsider", "woik", "press")
PRIVATE_VALUES = ("Zofia Prywatna", "zofia.prywatna@example.org", "600 100 200", "ul. Parkowa 3")
PRIVATE_FIELDS = (
    "contact_person",
    "contact_email",
    "contact_phone",
    "organiser_address",
    "review_notes",
    "justification",
    "report_text",
)


@pytest.fixture
def cases(fportal):
    from .conftest import make_patronage

    portal = fportal
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for state in STATES:
            obj = make_patronage(portal["patronaty"], state, title=f"Wydarzenie {state}")
            obj.review_notes = "Notatka Kancelarii"
            obj.reindexObject()
            made[state] = obj.absolute_url()
    transaction.commit()
    return made


def sees(user, state):
    return user in STAFF or state in PUBLIC


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_rest_get(client, cases, user):
    for state in STATES:
        check_rest_get(client, cases, user, state)


def check_rest_get(client, cases, user, state):
    response = client(user).get(cases[state])
    if not sees(user, state):
        assert response.status_code in (401, 403)
        return
    assert response.status_code == 200
    data = response.json()
    assert data["review_state"] == state
    assert data["organiser_name"] == "Fundacja Aktywne Miasto"
    for name in PRIVATE_FIELDS:
        assert (name in data) == (user in STAFF), name
    if user not in STAFF:
        for value in PRIVATE_VALUES:
            assert value not in response.text


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_page(client, cases, user):
    for state in STATES:
        check_page(client, cases, user, state)


def check_page(client, cases, user, state):
    c = client(user)
    c.session.headers["Accept"] = "text/html"
    response = c.get(cases[state])
    assert response.status_code < 500
    if not sees(user, state):
        refused = "login" in response.url or "insufficient-privileges" in response.url
        assert response.status_code in (401, 403) or refused
        assert f"Wydarzenie {state}" not in response.text
        return
    assert response.status_code == 200
    assert f"Wydarzenie {state}" in response.text
    assert ("zofia.prywatna@example.org" in response.text) == (user in STAFF)
    if user not in STAFF:
        for value in (*PRIVATE_VALUES, "Notatka Kancelarii"):
            assert value not in response.text


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_search_and_register(client, cases, user):
    found = client(user).get(
        "@search",
        params={"portal_type": "Patronage", "fullobjects": 1, "metadata_fields": "_all"},
    )
    assert found.status_code == 200
    states = sorted(item["review_state"] for item in found.json()["items"])
    expected = sorted(s for s in STATES if sees(user, s))
    assert states == expected
    if user not in STAFF:
        for value in (*PRIVATE_VALUES, "Notatka Kancelarii"):
            assert value not in found.text
    # Words of the private fields find nothing, for anyone (never in the search text).
    for word in ("Prywatna", "zofia.prywatna@example.org", "Notatka"):
        hits = client(user).get("@search", params={"SearchableText": word})
        assert [i for i in hits.json()["items"] if i["@type"] == "Patronage"] == []
    page = client(user)
    page.session.headers["Accept"] = "text/html"
    register = page.get("patronaty")
    assert register.status_code == 200
    for state in STATES:
        assert (f"Wydarzenie {state}" in register.text) == (state in PUBLIC)
    for value in PRIVATE_VALUES:
        assert value not in register.text


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_history(client, cases, user):
    response = client(user).get(f"{cases['granted']}/@history")
    if user in STAFF:
        assert response.status_code == 200
        assert any(e.get("action") == "grant" for e in response.json())
    else:
        assert response.status_code in (401, 403)


def test_attachments_stay_with_the_office(client, fportal, cases):
    from plone.namedfile.file import NamedBlobFile

    transaction.begin()
    obj = api.content.get(path="/patronaty/" + cases["granted"].rpartition("/")[2])
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=obj,
            type="File",
            id="program",
            title="program.pdf",
            file=NamedBlobFile(b"%PDF", filename="program.pdf"),
        )
    transaction.commit()
    url = f"{cases['granted']}/program"
    assert client().get(url).status_code in (401, 403)
    assert client("woik").get(url).status_code in (401, 403)
    assert client("clerk").get(url).status_code == 200


FEEDS = (
    "RSS",
    "rss.xml",
    "atom.xml",
    "search_rss?SearchableText=Wydarzenie",
    "patronaty/RSS",
    "patronaty/rss.xml",
    "patronaty/atom.xml",
)


@pytest.mark.parametrize("user", OTHERS)
def test_feeds_carry_no_pending_application_nor_personal_data(client, cases, user):
    c = client(user)
    for path in FEEDS:
        response = c.session.get(c.url(path), timeout=60)
        assert response.status_code < 500, path
        for state in STATES:
            if state not in PUBLIC:
                assert f"Wydarzenie {state}" not in response.text, (path, state)
        for value in (*PRIVATE_VALUES, "Notatka Kancelarii"):
            assert value not in response.text, (path, value)
