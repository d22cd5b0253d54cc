"""The register page ``/interpelacje`` (``@@interpellations``) through the real server."""

from datetime import date
from kancelaria import clock
from kancelaria.testing import PASSWORD
from plone import api
from tests.interpellations import register_data

import lxml.html
import pytest
import requests
import transaction


def page(url, user=None, **params):
    response = requests.get(
        url,
        params=params,
        headers={"Accept": "text/html"},
        auth=(user, PASSWORD) if user else None,
        timeout=60,
    )
    return response, lxml.html.fromstring(response.text)


def rows(doc):
    return doc.cssselect("table.kancelaria-interpellations-table tbody tr")


def titles(doc):
    return [
        row.cssselect("td.kancelaria-subject > a")[0].text_content().strip() for row in rows(doc)
    ]


def cell(row, name):
    return row.cssselect(f"td.kancelaria-{name}")[0]


def test_anonymous_sees_the_public_items(register):
    response, doc = page(register.absolute_url())
    assert response.status_code == 200
    assert titles(doc) == [  # newest receipt first
        "Parking przy dworcu",
        "Wycofana sprawa",
        "Zieleń na rynku",
        "Ścieżka rowerowa",
        "Żłobek miejski",
        "Remont szkoły nr 3",
        "Oświetlenie ulicy Polnej",
    ]
    assert "Hałas przy estakadzie" not in response.text  # registered: staff only
    assert not doc.cssselect("a.kancelaria-add")
    assert doc.cssselect(".kancelaria-stat-total")[0].text_content().strip() == "7"
    assert doc.cssselect(".kancelaria-stat-overdue")[0].text_content().strip() == "1"
    assert doc.cssselect(".kancelaria-stat-share")[0].text_content().strip() == "75%"
    assert doc.cssselect(".kancelaria-stat-median")[0].text_content().strip() == "11"
    states = [o.get("value") for o in doc.cssselect("#filter-state option")]
    assert "registered" not in states


def test_no_answer_text_on_the_page(register):
    for user in (None, "clerk"):
        response, doc = page(register.absolute_url(), user)
        assert register_data.DRAFT not in response.text
        assert register_data.PUBLIC not in response.text  # a link to the item, never the text
    response, doc = page(register.absolute_url())
    answer_links = [
        a.getparent().getparent().cssselect("td.kancelaria-subject > a")[0].text_content().strip()
        for a in doc.cssselect("a.kancelaria-answer-link")
    ]
    assert sorted(answer_links) == sorted(
        ["Ścieżka rowerowa", "Żłobek miejski", "Remont szkoły nr 3", "Oświetlenie ulicy Polnej"]
    )


def test_overdue_and_late_marked(register):
    response, doc = page(register.absolute_url())
    by_title = dict(zip(titles(doc), rows(doc), strict=True))
    assert by_title["Zieleń na rynku"].cssselect("td.deadline-overdue .badge.bg-danger")
    assert not by_title["Parking przy dworcu"].cssselect(".badge.bg-danger")
    assert not by_title["Wycofana sprawa"].cssselect(".badge.bg-danger")  # closed
    late = cell(by_title["Remont szkoły nr 3"], "answer")
    assert late.cssselect(".badge.bg-warning")  # answered after the deadline
    assert not cell(by_title["Żłobek miejski"], "answer").cssselect(".badge")
    kind = by_title["Remont szkoły nr 3"].cssselect(".kancelaria-kind")[0].text_content()
    assert kind.strip() in ("Inquiry", "Zapytanie")
    councillor = by_title["Ścieżka rowerowa"].cssselect(".kancelaria-councillor")[0]
    assert councillor.text_content().strip() == "Anna Kowalska"


def test_clerk_sees_every_state_and_may_register(register):
    response, doc = page(register.absolute_url(), "clerk")
    assert response.status_code == 200
    assert len(rows(doc)) == 8
    assert "Hałas przy estakadzie" in titles(doc)
    add = doc.cssselect("a.kancelaria-add")
    assert add and add[0].get("href").endswith("/interpelacje/++add++Interpellation")
    assert doc.cssselect(".kancelaria-stat-total")[0].text_content().strip() == "8"
    # The answer under review: the clerk gets a link to the item, still no text here.
    draft = [
        a
        for a in doc.cssselect("a.kancelaria-answer-link")
        if "parking-przy-dworcu" in a.get("href")
    ]
    assert draft
    for user in ("mayor", "woik", "outsider"):
        response, doc = page(register.absolute_url(), user)
        assert not doc.cssselect("a.kancelaria-add"), user


def test_filters(register, fportal):
    url = register.absolute_url()
    year = clock.today().year
    _, doc = page(url, councillor="anna-kowalska")
    assert titles(doc) == ["Ścieżka rowerowa"]
    assert doc.cssselect("#filter-councillor option[selected]")[0].get("value") == ("anna-kowalska")
    _, doc = page(url, kind="inquiry", state="answered")
    assert titles(doc) == ["Żłobek miejski", "Remont szkoły nr 3"]
    _, doc = page(url, state="registered")
    assert titles(doc) == []
    assert doc.cssselect("#filter-state option[selected]")[0].get("value") == "registered"
    assert doc.cssselect(".kancelaria-empty")
    _, doc = page(url, "clerk", state="registered")
    assert titles(doc) == ["Hałas przy estakadzie"]

    register_data.move_to_year(register["wycofana-sprawa"], year - 1)
    transaction.commit()
    _, doc = page(url, year=year - 1)
    assert titles(doc) == ["Wycofana sprawa"]
    assert doc.cssselect(".kancelaria-stat-total")[0].text_content().strip() == "1"
    years = [o.get("value") for o in doc.cssselect("#filter-year option")]
    assert years == ["", str(year), str(year - 1)]
    _, doc = page(url, year=year)
    assert "Wycofana sprawa" not in titles(doc) and len(titles(doc)) == 6
    # The export links keep the filters.
    _, doc = page(url, year=year, kind="inquiry")
    href = doc.cssselect("a.kancelaria-export-xlsx")[0].get("href")
    assert "@@interpellations-export?" in href
    assert f"year={year}" in href and "kind=inquiry" in href and "format=xlsx" in href


def test_bad_filter_is_named_and_left_out(register):
    response, doc = page(register.absolute_url(), year="20x6", kind="inquiry")
    assert response.status_code == 400
    alert = doc.cssselect(".kancelaria-filter-errors")[0].text_content()
    assert "year" in alert and "20x6" in alert
    assert len(titles(doc)) == 4  # the kind filter still applies


def test_batching(fportal):
    with api.env.adopt_roles(["Manager"]):
        for number in range(52):
            api.content.create(
                container=fportal["interpelacje"],
                type="Interpellation",
                title=f"Sprawa {number:02d}",
                councillor="jan-nowak",
                kind="inquiry",
                text=register_data.html("Pytanie"),
                received_date=date(2026, 1, 1),
            )
    transaction.commit()
    url = fportal["interpelacje"].absolute_url()
    _, doc = page(url, "clerk", kind="inquiry")
    assert len(rows(doc)) == 50
    links = [a.get("href") for a in doc.cssselect("nav a, .pagination a") if a.get("href")]
    assert any("b_start" in link and "kind=inquiry" in link for link in links), links
    _, doc = page(url, "clerk", kind="inquiry", b_start=50)
    assert len(rows(doc)) == 2


def test_registers_sort_when_other_cases_outnumber_them(fportal, make_case_in):
    """Many cases elsewhere make the catalog sort the result set itself: both registers
    must still list newest first (a multi-key sort once failed there)."""
    for i in range(25):
        make_case_in(fportal["kancelaria"]["korespondencja"], f"Pismo {i}")
    register_data.fill(fportal["interpelacje"])
    transaction.commit()
    response, doc = page(fportal["interpelacje"].absolute_url(), "clerk")
    assert response.status_code == 200
    assert rows(doc)
    letters, _doc = page(fportal["kancelaria"]["korespondencja"].absolute_url(), "clerk")
    assert letters.status_code == 200
    assert letters.text.index("Pismo 24") < letters.text.index("Pismo 10")


@pytest.fixture
def make_case_in():
    def make(container, title):
        with api.env.adopt_roles(["Manager"]):
            return api.content.create(container=container, type="KancelariaTestCase", title=title)

    return make
