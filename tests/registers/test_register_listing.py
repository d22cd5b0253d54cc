"""A register's own listing (``@@register``, e.g. ``/kancelaria/korespondencja``) and the
deadlines (``@@terminy``) through the real server: count, text search, sort, departments."""

from kancelaria.case import routing
from kancelaria.testing import PASSWORD
from plone import api

import lxml.html
import pytest
import requests
import transaction

LETTERS = (
    ("Wniosek o wymianę latarni na ulicy Leśnej", ["WOIK"]),
    ("Skarga na remont chodnika", ["WKSP"]),
    ("Zaproszenie na jubileusz szkoły", []),
)


def page(url, user, **params):
    # The register's generic listing; the register of correspondence's own page (with
    # letters only) is tested in tests/letters/test_register*.py.
    if "@@" not in url:
        url = f"{url}/@@register"
    response = requests.get(url, params=params, auth=(user, PASSWORD), timeout=60)
    return response, lxml.html.fromstring(response.text)


def titles(doc):
    return [a.text_content().strip() for a in doc.cssselect("td.kancelaria-subject > a")]


@pytest.fixture
def letters(fportal):
    register = fportal["kancelaria"]["korespondencja"]
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for title, departments in LETTERS:
            made[title] = api.content.create(
                container=register, type="KancelariaTestCase", title=title
            )
            if departments:
                routing.route(made[title], departments)
    transaction.commit()
    return register


def test_count_search_and_sort(letters):
    url = letters.absolute_url()
    response, doc = page(url, "clerk")
    assert response.status_code == 200
    newest_first = [title for title, _ in reversed(LETTERS)]
    assert titles(doc) == newest_first  # the order of registration, newest first
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "3"

    _, doc = page(url, "clerk", q="latarnia lesna")
    assert titles(doc) == [LETTERS[0][0]]
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "1"

    _, doc = page(url, "clerk", sort_on="signature", sort_order="ascending")
    assert titles(doc) == [title for title, _ in LETTERS]
    _, doc = page(url, "clerk", sort_on="review_state")
    states = [td.get("data-state") for td in doc.cssselect("td.kancelaria-state")]
    assert states == sorted(states)

    response, doc = page(url, "clerk", sort_on="nothing", q="latarni")
    assert response.status_code == 400
    assert "sort_on" in doc.cssselect(".kancelaria-filter-errors")[0].text_content()
    assert titles(doc) == [LETTERS[0][0]]


def test_departments_for_staff(letters):
    url = letters.absolute_url()
    _, doc = page(url, "clerk")
    shown = {
        row.cssselect("td.kancelaria-subject a")[0].text_content().strip(): row.cssselect(
            "td.kancelaria-departments"
        )[0]
        .text_content()
        .strip()
        for row in doc.cssselect("table.kancelaria-cases tbody tr")
    }
    assert shown == {title: ", ".join(departments) for title, departments in LETTERS}
    _, doc = page(url, "clerk", department="WKSP")
    assert titles(doc) == [LETTERS[1][0]]

    # A department sees its own cases, and may narrow to itself only.
    _, doc = page(url, "woik")
    assert titles(doc) == [LETTERS[0][0]]
    assert [o.get("value") for o in doc.cssselect("#filter-department option")] == ["", "WOIK"]
    response, doc = page(url, "woik", department="WKSP")
    assert response.status_code == 400
    assert titles(doc) == [LETTERS[0][0]]


def test_nothing_found_says_so(letters):
    _, doc = page(letters.absolute_url(), "clerk", q="parasol")
    assert titles(doc) == []
    assert doc.cssselect(".kancelaria-empty")
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "0"


def test_count_is_of_every_page(fportal):
    register = fportal["kancelaria"]["korespondencja"]
    with api.env.adopt_roles(["Manager"]):
        for number in range(53):
            api.content.create(
                container=register, type="KancelariaTestCase", title=f"Pismo {number}"
            )
    transaction.commit()
    _, doc = page(register.absolute_url(), "clerk")
    assert len(titles(doc)) == 50
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "53"
    _, doc = page(register.absolute_url(), "clerk", b_start=50, sort_on="signature")
    assert len(titles(doc)) == 3
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "53"
