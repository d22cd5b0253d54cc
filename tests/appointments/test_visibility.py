"""Nobody but the office and the mayor's group finds a resident's request, in any state, by
any way in: the page, REST GET, ``@search`` (by type and by the resident's words), the
calendar's listing, the site map, the feeds, the history. The resident's personal data
appear nowhere public."""

from .conftest import RESIDENT_EMAIL
from .conftest import make_request
from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from kancelaria.appointments import scheduling
from plone import api

import gzip
import pytest
import transaction

STATES = ("submitted", "scheduled", "refused")
STAFF = ("clerk", "mayor")
OTHERS = (None, "outsider", "woik", "press")
PRIVATE = ("Ewa Mieszkanka", RESIDENT_EMAIL, "600 200 300", "Mieszkanka")


@pytest.fixture
def requests_by_state(fportal):
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for state in STATES:
            obj = make_request(fportal, title=f"Prośba {state}")
            if state == "scheduled":
                day = clock.today() + timedelta(days=5)
                start = datetime(day.year, day.month, day.day, 9)
                scheduling.schedule(
                    obj,
                    {
                        "start": start.isoformat(),
                        "end": (start + timedelta(hours=1)).isoformat(),
                        "officials": ["prezydent"],
                    },
                )
            elif state == "refused":
                api.content.transition(obj=obj, transition="refuse", comment="Brak terminów.")
            assert api.content.get_state(obj) == state
            made[state] = obj.absolute_url()
    transaction.commit()
    return made


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_rest_and_page(client, requests_by_state, user):
    for state, url in requests_by_state.items():
        response = client(user).get(url)
        page = client(user)
        page.session.headers["Accept"] = "text/html"
        html = page.get(url)
        assert html.status_code < 500
        if user in STAFF:
            assert response.status_code == 200, response.text
            data = response.json()
            assert data["review_state"] == state
            assert data["name"] == "Ewa Mieszkanka"
            assert data["email"] == RESIDENT_EMAIL
            assert html.status_code == 200
            assert "Ewa Mieszkanka" in html.text
            assert f"Prośba {state}" in html.text
        else:
            assert response.status_code in (401, 403), (user, state)
            refused = "login" in html.url or "insufficient-privileges" in html.url
            assert html.status_code in (401, 403) or refused
            for text in (response.text, html.text):
                assert f"Prośba {state}" not in text
                for value in PRIVATE:
                    assert value not in text


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_search_and_listing(client, requests_by_state, user):
    found = client(user).get(
        "@search", params={"portal_type": "AppointmentRequest", "metadata_fields": "_all"}
    )
    assert found.status_code == 200
    states = sorted(item["review_state"] for item in found.json()["items"])
    assert states == (sorted(STATES) if user in STAFF else [])
    # The staff find a request by its subject; the resident's name and contact are never in
    # the search text, for anyone.
    for word, staff_find in (("Prośba", True), ("Mieszkanka", False), ("600", False)):
        hits = client(user).get("@search", params={"SearchableText": word})
        assert hits.status_code == 200
        types = {i["@type"] for i in hits.json()["items"]}
        assert ("AppointmentRequest" in types) == (staff_find and user in STAFF), (user, word)
    listing = client(user).get("kancelaria/kalendarz", params={"fullobjects": 1})
    if user in STAFF:
        assert listing.status_code == 200
    if user not in STAFF:
        assert "Prośba submitted" not in listing.text
        for value in PRIVATE:
            assert value not in listing.text


FEEDS = (
    "RSS",
    "rss.xml",
    "atom.xml",
    "search_rss?SearchableText=Prośba",
    "mapa-strony",
    "sitemap.xml.gz",
)


@pytest.mark.parametrize("user", OTHERS)
def test_feeds_and_site_map_carry_no_request(client, requests_by_state, user):
    c = client(user)
    for path in FEEDS:
        response = c.session.get(c.url(path), timeout=60)
        assert response.status_code < 500, path
        text = response.text
        if path.endswith(".gz") and response.status_code == 200:
            text = gzip.decompress(response.content).decode("utf-8")
        for state, url in requests_by_state.items():
            assert f"Prośba {state}" not in text, (path, state)
            assert url not in text, (path, state)
        for value in PRIVATE:
            assert value not in text, (path, value)


@pytest.mark.parametrize("user", [*OTHERS, *STAFF])
def test_history(client, requests_by_state, user):
    response = client(user).get(f"{requests_by_state['refused']}/@history")
    if user in STAFF:
        assert response.status_code == 200
        assert any(e.get("action") == "refuse" for e in response.json()), response.json()
    else:
        assert response.status_code in (401, 403)
