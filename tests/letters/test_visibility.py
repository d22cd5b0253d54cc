"""Nothing in the correspondence register is public: who sees a letter, by every way in
(the page, REST GET, ``@search``, the register's listing as REST and as a page), in every
state. A department sees the letters routed to it and the replies to them, nothing else."""

import pytest
import uuid

#: Who sees every letter.
STAFF = {"clerk", "mayor", "admin"}
USERS = ("anonymous", "outsider", "press", "clerk", "mayor", "woik", "wksp", "admin")
LISTING = "kancelaria/korespondencja"


def ways_in(client, user, obj, word):
    c = client(None if user == "anonymous" else user)
    url = obj.absolute_url()
    page = c.session.get(url, headers={"Accept": "text/html"}, allow_redirects=False, timeout=60)
    rest = c.get(url)
    found = c.get("@search", params={"SearchableText": word, "portal_type": obj.portal_type})
    listing = c.get(LISTING, params={"b_size": 1000})
    listing_page = c.session.get(
        c.url(LISTING), headers={"Accept": "text/html"}, allow_redirects=False, timeout=60
    )
    search_page = c.session.get(
        c.url("@@search"), params={"SearchableText": word}, allow_redirects=False, timeout=60
    )
    return {
        "page": page.status_code == 200 and f"Pismo {word}" in page.text,
        "rest": rest.status_code == 200,
        "search": found.status_code == 200
        and url in [i["@id"] for i in found.json().get("items", [])],
        "listing": listing.status_code == 200
        and url in [i["@id"] for i in listing.json().get("items", [])],
        "listing_page": listing_page.status_code == 200 and f"Pismo {word}" in listing_page.text,
        # The page repeats the words searched for: the title is what a result shows.
        "search_page": search_page.status_code == 200 and f"Pismo {word}" in search_page.text,
    }


def check(client, obj, word, seers):
    for user in USERS:
        seen = ways_in(client, user, obj, word)
        expected = dict.fromkeys(seen, user in seers)
        # A department opens the register's page (its own letters only), never the
        # register itself over REST: that listing is the staff's.
        expected["listing"] = user in seers and user in STAFF
        assert seen == expected, (user, seen)


@pytest.mark.parametrize("state", ["registered", "assigned", "closed"])
def test_incoming(client, fincoming, state):
    word = f"Słowo{uuid.uuid4().hex[:8]}"
    letter = fincoming(state, title=f"Pismo {word}")
    routed = state != "registered"
    check(client, letter, word, STAFF | ({"woik"} if routed else set()))


@pytest.mark.parametrize("state", ["draft", "pending_signature", "signed", "sent"])
def test_reply(client, fincoming, freply, state):
    word = f"Słowo{uuid.uuid4().hex[:8]}"
    reply = freply(fincoming("assigned", title=f"Pismo {word}"), state)
    check(client, reply, word, STAFF | {"woik"})
