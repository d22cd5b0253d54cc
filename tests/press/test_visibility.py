"""Who sees what of the press office, by every way in: the page, REST GET, ``@search``,
and the listing (the archive's ``@clippings`` and page; the news page ``/aktualnosci``).

Clippings are never public (the media's copyrighted work): a clipping being catalogued
is the press office's alone; in the archive the office, the mayor and the press office
read it; departments, authenticated users outside the office and visitors never.
News follow Plone's review workflow: a draft and an item pending review are the press
office's; a published one is everyone's.
"""

from plone import api

import pytest
import uuid

USERS = ("anonymous", "outsider", "press", "clerk", "mayor", "woik")

CLIPPING_SEES = {
    "private": {"press"},
    "published": {"press", "clerk", "mayor"},
}
NEWS_SEES = {
    "private": {"press"},
    "pending": {"press"},
    "published": set(USERS),
}


def _as(client, user):
    return client(None if user == "anonymous" else user)


def searched(c, word, url):
    response = c.get("@search", params={"SearchableText": word})
    assert response.status_code < 500
    return response.status_code == 200 and url in [i["@id"] for i in response.json()["items"]]


def ways_in(c, url, word, listing_url, listing_json):
    page = c.session.get(url, headers={"Accept": "text/html"}, allow_redirects=False, timeout=60)
    rest = c.get(url)
    listing = (
        c.get(listing_url)
        if listing_json
        else c.session.get(c.url(listing_url), headers={"Accept": "text/html"}, timeout=60)
    )
    for response in (page, rest, listing):
        assert response.status_code < 500, response.text[:1000]
    in_listing = listing.status_code == 200 and (
        url in [i["@id"] for i in listing.json().get("items", [])]
        if listing_json
        else url in listing.text
    )
    return {
        "page": page.status_code == 200 and word in page.text,
        "rest": rest.status_code == 200,
        "search": searched(c, word, url),
        "listing": in_listing,
    }


@pytest.mark.parametrize("state", list(CLIPPING_SEES))
def test_clipping_matrix(client, fclipping, state):
    word = f"Wycinek{uuid.uuid4().hex[:8]}"
    obj = fclipping(state, title=f"Artykuł {word}", summary=f"Streszczenie {word}")
    url = obj.absolute_url()
    for user in USERS:
        found = ways_in(
            _as(client, user), url, word, "kancelaria/prasa/@clippings?b_size=1000", True
        )
        expected = user in CLIPPING_SEES[state]
        assert found == dict.fromkeys(found, expected), (user, state, found)


def test_clipping_archive_page(client, fclipping):
    word = f"Wycinek{uuid.uuid4().hex[:8]}"
    draft = fclipping(title=f"Szkic {word}")
    archived = fclipping("published", title=f"Archiwum {word}")
    for user in USERS:
        page = _as(client, user).session.get(
            client().url("kancelaria/prasa"), allow_redirects=False, timeout=60
        )
        assert page.status_code < 500
        shown = {obj.title for obj in (draft, archived) if obj.absolute_url() in page.text}
        if user == "press":
            assert shown == {draft.title, archived.title}
        elif user in ("clerk", "mayor"):
            assert shown == {archived.title}
        else:
            assert shown == set(), user


@pytest.mark.parametrize("state", list(NEWS_SEES))
def test_news_matrix(client, fnews, state):
    word = f"Komunikat{uuid.uuid4().hex[:8]}"
    obj = fnews(state, title=f"Komunikat {word}", press_release=True)
    url = obj.absolute_url()
    for user in USERS:
        found = ways_in(_as(client, user), url, word, "aktualnosci", False)
        expected = user in NEWS_SEES[state]
        assert found == dict.fromkeys(found, expected), (user, state, found)


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik", "outsider"])
def test_only_the_press_office_publishes_news(client, fnews, user):
    obj = fnews("pending", title=f"Czeka {user}")
    response = client(user).post(f"{obj.absolute_url()}/@workflow/publish")
    assert response.status_code in (401, 403), response.text
    assert api.content.get_state(obj) == "pending"


def test_press_office_writes_submits_and_publishes_news(client, fportal):
    press = client("press")
    made = press.post(
        "aktualnosci",
        json={"@type": "News Item", "title": "Konkurs na logo", "press_release": True},
    )
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    assert made.json()["press_release"] is True
    # The press contact starts from the press office's records.
    assert made.json()["press_contact_email"] == "kpm@swietochlowice.pl"
    assert press.post(f"{url}/@workflow/submit").status_code == 200
    assert press.post(f"{url}/@workflow/publish").status_code == 200
    assert client().get(url).json()["review_state"] == "published"


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik", "outsider", None])
def test_others_do_not_write_news(client, fportal, user):
    response = client(user).post("aktualnosci", json={"@type": "News Item", "title": "Obce"})
    assert response.status_code in (401, 403)
