"""Who sees a ceremony, by every way in (the page, REST GET, ``@search``, the calendar's
listing, the site's search page and feeds), planned and held: the office and the mayor all
of it, the press office all of it (to document it), a department whose task it holds its
title, date and place (not the guests, the speech, the notes), everyone else nothing."""

from plone.app.textfield.value import RichTextValue

import pytest
import transaction
import uuid

USERS = ("anonymous", "outsider", "press", "clerk", "mayor", "woik", "wksp", "admin")
#: Who sees everything of it.
STAFF = {"clerk", "mayor", "press", "admin"}
LISTING = "kancelaria/kalendarz"
DETAILS = ("guests", "speech", "notes", "galleries")


def _as(client, user):
    return client(None if user == "anonymous" else user)


def found(c, word, obj):
    response = c.get("@search", params={"SearchableText": word})
    return response.status_code == 200 and obj.absolute_url() in [
        i["@id"] for i in response.json().get("items", [])
    ]


@pytest.fixture
def ceremony_with_task(fceremony, ftask):
    def make(state):
        word = f"Uroczystosc{uuid.uuid4().hex[:8]}"
        secret = f"Gosc{uuid.uuid4().hex[:8]}"
        speech = f"Przemowienie{uuid.uuid4().hex[:8]}"
        ceremony = fceremony(
            title=f"Obchody {word}",
            guests=[{"name": f"Jan {secret}", "function": "Wojewoda", "invited": True}],
            notes=f"Uwagi {secret}",
        )
        ceremony.speech = RichTextValue(f"<p>{speech}</p>", "text/html", "text/x-html-safe")
        transaction.commit()
        ftask(ceremony, title=f"Oprawa muzyczna {word}", departments=("WOIK",))
        if state == "held":
            from plone import api

            with api.env.adopt_roles(["Manager"]):
                api.content.transition(obj=ceremony, transition="hold")
            transaction.commit()
        return ceremony, word, secret, speech

    return make


@pytest.mark.parametrize("state", ["planned", "held"])
def test_ceremony(client, ceremony_with_task, state):
    ceremony, word, secret, speech = ceremony_with_task(state)
    url = ceremony.absolute_url()
    for user in USERS:
        c = _as(client, user)
        page = c.session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)
        rest = c.get(url)
        listing = c.get(LISTING, params={"b_size": 1000})
        search_page = c.session.get(
            c.url("@@search"), params={"SearchableText": word}, allow_redirects=False
        )
        for response in (page, rest, listing, search_page):
            assert response.status_code < 500, (user, response.text[:2000])
        sees = user in STAFF or user == "woik"
        assert (page.status_code == 200 and word in page.text) is sees, user
        assert (rest.status_code == 200) is sees, user
        assert found(c, word, ceremony) is sees, user
        assert (search_page.status_code == 200 and url in search_page.text) is sees, user
        # The calendar itself is the office's and the mayor's: the press office and a
        # department find the ceremony by search and by link, not in the calendar.
        in_listing = listing.status_code == 200 and url in [
            i["@id"] for i in listing.json().get("items", [])
        ]
        assert in_listing is (user in {"clerk", "mayor", "admin"}), user
        # The details: the staff's only, on the page, in REST, by search.
        details = user in STAFF
        assert (secret in page.text) is (details and page.status_code == 200), user
        assert (speech in page.text) is (details and page.status_code == 200), user
        assert found(c, secret, ceremony) is False, user
        if rest.status_code == 200:
            data = rest.json()
            assert data["title"] == ceremony.title and data["place"] == ceremony.place
            assert data["start"]
            for name in DETAILS:
                assert (name in data) is details, (user, name)
        # The speech's documents: who reads the details.
        pdf = c.session.get(f"{url}/@@pdf", allow_redirects=False)
        assert (pdf.status_code == 200) is details, (user, pdf.status_code)


def test_feeds_never_carry_a_ceremony(client, ceremony_with_task):
    ceremony, word, secret, speech = ceremony_with_task("held")
    c = client(None)
    for path in ("RSS", "rss.xml", "search_rss", "atom.xml", f"{LISTING}/RSS"):
        response = c.session.get(c.url(path), params={"SearchableText": word}, timeout=60)
        assert response.status_code < 500, path
        assert word not in response.text and secret not in response.text, path


def test_attachments_are_the_staffs(client, fceremony, ftask):
    from plone import api
    from plone.namedfile.file import NamedBlobFile

    ceremony = fceremony()
    ftask(ceremony, departments=("WOIK",))
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=ceremony,
            type="File",
            id="lista-gosci.pdf",
            title="Lista gości",
            file=NamedBlobFile(b"%PDF-1.4 x", filename="lista-gosci.pdf"),
        )
    transaction.commit()
    url = f"{ceremony.absolute_url()}/lista-gosci.pdf"
    for user in USERS:
        seen = _as(client, user).get(url).status_code == 200
        assert seen is (user in STAFF), user


def test_department_sees_it_only_while_its_task_is_routed(client, fceremony, ftask):
    ceremony = fceremony()
    task = ftask(ceremony, departments=("WOIK",))
    assert client("woik").get(ceremony.absolute_url()).status_code == 200
    assert client("wksp").get(ceremony.absolute_url()).status_code in (401, 403, 404)
    rerouted = client("clerk").post(f"{task.absolute_url()}/@route", json={"departments": ["WKSP"]})
    assert rerouted.status_code == 200, rerouted.text
    assert client("woik").get(ceremony.absolute_url()).status_code in (401, 403, 404)
    assert client("wksp").get(ceremony.absolute_url()).status_code == 200


def test_in_the_calendars_days(client, fceremony, ftask):
    """The calendar's day and week views and ``@calendar`` list a ceremony beside the
    appointments, for who sees it; the feeds and the public calendar never."""
    from datetime import timedelta
    from kancelaria import clock

    ceremony = fceremony(title="Obchody Dnia Flagi")
    ftask(ceremony, departments=("WOIK",))
    day = clock.today() + timedelta(days=10)
    params = {"from": day.isoformat(), "to": day.isoformat()}
    for user in ("clerk", "mayor", "press", "woik", "wksp", "outsider", None):
        response = _as(client, user).get(f"{LISTING}/@calendar", params=params)
        assert response.status_code < 500, (user, response.text[:3000])
        items = response.json().get("items", []) if response.status_code == 200 else []
        listed = [i for i in items if i["@id"] == ceremony.absolute_url()]
        assert bool(listed) is (user in STAFF or user == "woik"), user
        if listed:
            assert listed[0]["@type"] == "Ceremony" and listed[0]["place"] == ceremony.place
    page = client("clerk").session.get(
        client("clerk").url(LISTING),
        params={"day": day.isoformat()},
        headers={"Accept": "text/html"},
    )
    assert page.status_code == 200
    anonymous = client(None)
    for path in ("kalendarz-prezydenta.ics", f"{LISTING}/@@kalendarz-prezydenta.ics"):
        response = anonymous.session.get(anonymous.url(path))
        assert "Obchody Dnia Flagi" not in response.text, path
