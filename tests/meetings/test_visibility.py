"""Everything about meetings is internal: who sees a meeting, its minutes, its attachments
and its directives, by every way in (the page, REST GET, ``@search``, the register's
listing, ``@history``, the site's search page and feed), in every state. A department sees
the directives routed to it and the meeting they came from read-only — the minutes and the
attachments only once approved — and never another department's directive."""

from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile

import pytest
import transaction
import uuid

STAFF = {"clerk", "mayor", "admin"}
USERS = ("anonymous", "outsider", "press", "clerk", "mayor", "woik", "wksp", "admin")
LISTING = "kancelaria/narady"


def _as(client, user):
    return client(None if user == "anonymous" else user)


def found(c, word, obj):
    response = c.get("@search", params={"SearchableText": word})
    return response.status_code == 200 and obj.absolute_url() in [
        i["@id"] for i in response.json().get("items", [])
    ]


def ways_in(client, user, obj, word):
    c = _as(client, user)
    url = obj.absolute_url()
    page = c.session.get(url, headers={"Accept": "text/html"}, allow_redirects=False, timeout=60)
    rest = c.get(url)
    listing = c.get(LISTING, params={"b_size": 1000})
    history = c.get(f"{url}/@history")
    search_page = c.session.get(
        c.url("@@search"), params={"SearchableText": word}, allow_redirects=False, timeout=60
    )
    for name, response in {
        "page": page,
        "rest": rest,
        "listing": listing,
        "history": history,
        "search_page": search_page,
    }.items():
        assert response.status_code < 500, (user, name, response.text[:2000])
    return {
        "page": page.status_code == 200 and word in page.text,
        "rest": rest.status_code == 200,
        "search": found(c, word, obj),
        "listing": listing.status_code == 200
        and url in [i["@id"] for i in listing.json().get("items", [])],
        "history": history.status_code == 200,
        "search_page": search_page.status_code == 200 and url in search_page.text,
    }


@pytest.fixture
def meeting_with_directive(fportal, fmeeting, fdirective):
    def make(state):
        word = f"Narada{uuid.uuid4().hex[:8]}"
        secret = f"Protokol{uuid.uuid4().hex[:8]}"
        meeting = fmeeting("held" if state != "planned" else "planned", title=f"Narada {word}")
        directive = fdirective(meeting, title=f"Polecenie {word}")
        with api.env.adopt_roles(["Manager", "Approver"]):
            meeting.minutes = RichTextValue(f"<p>{secret}</p>", "text/html", "text/x-html-safe")
            meeting.reindexObject()
            api.content.create(
                container=meeting,
                type="File",
                id="zalacznik.pdf",
                title=f"Załącznik {word}",
                file=NamedBlobFile(b"%PDF-1.4 x", filename="zalacznik.pdf"),
            )
            if state == "minutes_approved":
                api.content.transition(obj=meeting, transition="approve_minutes")
        transaction.commit()
        return meeting, directive, word, secret

    return make


@pytest.mark.parametrize("state", ["planned", "held", "minutes_approved"])
def test_meeting(client, meeting_with_directive, state):
    meeting, directive, word, secret = meeting_with_directive(state)
    approved = state == "minutes_approved"
    for user in USERS:
        seen = ways_in(client, user, meeting, word)
        if user in STAFF:
            expected = dict.fromkeys(seen, True)
        elif user == "woik":
            # Its directive's meeting, read-only: not the register's REST listing (staff's),
            # not the history.
            expected = {
                "page": True,
                "rest": True,
                "search": True,
                "listing": False,
                "history": False,
                "search_page": True,
            }
        else:
            expected = dict.fromkeys(seen, False)
        assert seen == expected, (user, seen)

        # The minutes: in the JSON and on the page only for who may read them; found by
        # their words only once approved (and then by whoever sees the meeting).
        c = _as(client, user)
        rest = c.get(meeting.absolute_url())
        page = c.session.get(
            meeting.absolute_url(), headers={"Accept": "text/html"}, allow_redirects=False
        )
        reads_minutes = user in STAFF or (user == "woik" and approved)
        if rest.status_code == 200:
            assert ("minutes" in rest.json()) is reads_minutes, user
        assert (secret in page.text) is (reads_minutes and page.status_code == 200), user
        assert found(c, secret, meeting) is (approved and (user in STAFF or user == "woik")), user

        # The attachment: the staff's until the minutes are approved.
        attachment = c.get(f"{meeting.absolute_url()}/zalacznik.pdf")
        assert (attachment.status_code == 200) is (
            user in STAFF or (user == "woik" and approved)
        ), user


@pytest.mark.parametrize(
    "state", ["issued", "in_progress", "reported_done", "verified", "cancelled"]
)
def test_directive(client, fmeeting, fdirective, state):
    word = f"Polecenie{uuid.uuid4().hex[:8]}"
    meeting = fmeeting("held")
    directive = fdirective(meeting, state=state, title=f"Polecenie {word}")
    for user in USERS:
        c = _as(client, user)
        url = directive.absolute_url()
        sees = user in STAFF or user == "woik"
        page = c.session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)
        assert (page.status_code == 200 and word in page.text) is sees, user
        assert (c.get(url).status_code == 200) is sees, user
        assert found(c, word, directive) is sees, user
        assert (c.get(f"{url}/@history").status_code == 200) is sees, user


def test_other_departments_directive_stays_hidden(client, fmeeting, fdirective):
    meeting = fmeeting("held")
    woik = fdirective(meeting, title="Polecenie dla WOIK", departments=("WOIK",))
    wksp = fdirective(meeting, title="Polecenie dla WKSP", departments=("WKSP",))
    for user, own, other in (("woik", woik, wksp), ("wksp", wksp, woik)):
        c = client(user)
        assert c.get(own.absolute_url()).status_code == 200
        assert c.get(other.absolute_url()).status_code in (401, 403, 404)
        items = [i["@id"] for i in c.get(meeting.absolute_url()).json()["items"]]
        assert own.absolute_url() in items and other.absolute_url() not in items
        page = c.session.get(meeting.absolute_url(), headers={"Accept": "text/html"}).text
        assert own.Title() in page and other.Title() not in page


def test_guest_role_follows_routing(client, fmeeting, fdirective, fportal):
    """The department loses the meeting when no directive of it is routed there any more."""
    meeting = fmeeting("held")
    directive = fdirective(meeting, departments=("WOIK",))
    assert client("woik").get(meeting.absolute_url()).status_code == 200
    assert client("wksp").get(meeting.absolute_url()).status_code in (401, 403, 404)
    rerouted = client("clerk").post(
        f"{directive.absolute_url()}/@route", json={"departments": ["WKSP"]}
    )
    assert rerouted.status_code == 200, rerouted.text
    assert client("woik").get(meeting.absolute_url()).status_code in (401, 403, 404)
    assert client("wksp").get(meeting.absolute_url()).status_code == 200
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=meeting[directive.getId()])
    transaction.commit()
    assert client("wksp").get(meeting.absolute_url()).status_code in (401, 403, 404)


def test_feeds_never_carry_a_meeting(client, meeting_with_directive):
    meeting, directive, word, secret = meeting_with_directive("minutes_approved")
    c = client(None)
    for path in ("RSS", "rss.xml", "search_rss", "atom.xml", f"{LISTING}/RSS"):
        response = c.session.get(c.url(path), params={"SearchableText": word}, timeout=60)
        assert response.status_code < 500
        assert word not in response.text and secret not in response.text, path
