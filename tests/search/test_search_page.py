"""Plone's search page (``@@search``) through the real server: Polish word forms find a
case, and each case found shows its signature, state and date of receipt."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.interpellations.conftest import html

import lxml.html
import pytest
import requests

TITLE = "Niedziałające latarnie na ulicy Leśnej"


def search(portal_url, text, auth=None):
    response = requests.get(
        f"{portal_url}/@@search", params={"SearchableText": text}, auth=auth, timeout=60
    )
    assert response.status_code == 200
    return lxml.html.fromstring(response.text)


def results(doc):
    return {
        li.cssselect(".result-title a")[0].text_content().strip(): li
        for li in doc.cssselect("#search-results li")
    }


@pytest.fixture
def lamps(finterpellation):
    return finterpellation(
        "forwarded",
        title=TITLE,
        text=html("<p>Od tygodnia nie świeci żadna latarnia.</p>"),
        answer="<p>Wymienimy oprawy oświetleniowe w grudniu.</p>",
    )


@pytest.mark.parametrize("typed", ["latarnia", "latarni", "ulica lesna", "swieci latarnie"])
def test_search_page_finds_word_forms(portal_url, lamps, typed):
    assert TITLE in results(search(portal_url, typed))


def test_a_case_found_shows_signature_state_and_date(portal_url, lamps):
    item = results(search(portal_url, "latarnia"))[TITLE]
    case = item.cssselect(".kancelaria-result-case")[0]
    assert case.cssselect(".kancelaria-signature")[0].text_content() == lamps.signature
    assert case.cssselect(".kancelaria-state")[0].get("data-state") == "forwarded"
    assert case.cssselect(".kancelaria-state")[0].text_content().strip() in (
        "Forwarded",
        "Przekazana",
    )
    assert (
        lamps.received_date.isoformat() in case.cssselect(".kancelaria-received")[0].text_content()
    )


def test_other_content_shows_no_case_details(portal_url, fportal):
    doc = search(portal_url, "Kontakt", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert results(doc), "the contact page is found"
    assert not doc.cssselect(".kancelaria-result-case")


def test_the_draft_answer_is_not_found(portal_url, lamps):
    for auth in (None, (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)):
        assert TITLE not in results(search(portal_url, "oprawy oświetleniowe", auth))


def test_rest_search_finds_word_forms(client, lamps):
    """REST ``@search`` is Plone's own; it queries the same index."""
    response = client().get("@search", params={"SearchableText": "latarni"})
    assert [item["title"] for item in response.json()["items"]] == [TITLE]
