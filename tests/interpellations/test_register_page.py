"""The register page ``/interpelacje`` (``@@interpellations``) through the real server."""

from datetime import date
from kancelaria import clock
from kancelaria.case import routing
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


def count(doc):
    return int(doc.cssselect(".kancelaria-count-number")[0].text_content())


def stat(doc, name):
    return doc.cssselect(f".kancelaria-stat-{name}")[0].text_content().strip()


def test_count_and_text_search(register):
    url = register.absolute_url()
    _, doc = page(url)
    assert count(doc) == 7
    _, doc = page(url, q="oswietlenie ulica polna")  # other forms, no Polish letters
    assert titles(doc) == ["Oświetlenie ulicy Polnej"]
    assert count(doc) == 1
    assert stat(doc, "total") == "1"
    assert doc.cssselect("#filter-q")[0].get("value") == "oswietlenie ulica polna"
    href = doc.cssselect("a.kancelaria-export-csv")[0].get("href")
    assert "q=oswietlenie+ulica+polna" in href
    # The answer under review is no text to search in, for anyone.
    for user in (None, "clerk"):
        _, doc = page(url, user, q="tajny projekt parkingu")
        assert titles(doc) == [], user


def test_bad_text_is_named(register):
    response, doc = page(register.absolute_url(), q='"(', kind="motion")
    assert response.status_code == 400
    assert "q:" in doc.cssselect(".kancelaria-filter-errors")[0].text_content()
    assert titles(doc) == ["Ścieżka rowerowa"]  # the other filters still apply


def test_sort_by_column(register):
    url = register.absolute_url()
    numbers = {o.title: int(o.signature.split(".")[2]) for o in register.objectValues()}

    def signature_numbers(doc):
        return [numbers[title] for title in titles(doc)]

    _, doc = page(url, "clerk", sort_on="signature", sort_order="ascending")
    assert signature_numbers(doc) == sorted(numbers.values())
    header = doc.cssselect("th.kancelaria-col-signature")[0]
    assert header.get("aria-sort") == "ascending"
    assert "sort_order=descending" in header.cssselect("a")[0].get("href")
    _, doc = page(url, "clerk", sort_on="signature")  # newest first by default
    assert signature_numbers(doc) == sorted(numbers.values(), reverse=True)

    _, doc = page(url, "clerk", sort_on="deadline")  # the earliest deadline first
    deadlines = [register[o].deadline for o in register.objectIds()]
    shown = [row.cssselect(".kancelaria-deadline .kancelaria-date")[0].text for row in rows(doc)]
    assert shown == sorted(d.isoformat() for d in deadlines)
    assert doc.cssselect("th.kancelaria-col-deadline")[0].get("aria-sort") == "ascending"

    _, doc = page(url, "clerk", sort_on="review_state", state="answered", kind="inquiry")
    assert titles(doc) == ["Remont szkoły nr 3", "Żłobek miejski"]  # then by receipt
    # The default: newest receipt first, marked on its column.
    _, doc = page(url)
    assert doc.cssselect("th.kancelaria-col-received_date")[0].get("aria-sort") == "descending"
    response, doc = page(url, sort_on="title")
    assert response.status_code == 400
    assert "sort_on" in doc.cssselect(".kancelaria-filter-errors")[0].text_content()


def test_department_column_and_filter_for_staff(register):
    routing.route(register["zielen-na-rynku"], ["WOIK"])
    routing.route(register["parking-przy-dworcu"], ["WKSP"])
    transaction.commit()
    url = register.absolute_url()

    _, doc = page(url, "clerk")
    by_title = dict(zip(titles(doc), rows(doc), strict=True))
    assert cell(by_title["Zieleń na rynku"], "departments").text_content().strip() == "WOIK"
    options = [o.get("value") for o in doc.cssselect("#filter-department option")]
    assert options == ["", "WOIK", "WKSP"]
    _, doc = page(url, "clerk", department="WOIK")
    assert titles(doc) == ["Zieleń na rynku"]
    assert stat(doc, "total") == "1" and stat(doc, "overdue") == "1"

    # A department chooses only itself.
    _, doc = page(url, "woik")
    assert [o.get("value") for o in doc.cssselect("#filter-department option")] == ["", "WOIK"]
    response, doc = page(url, "woik", department="WKSP")
    assert response.status_code == 400
    assert "Parking przy dworcu" in titles(doc)  # the filter is left out, not the list

    # Visitors: no departments at all.
    response, doc = page(url)
    assert not doc.cssselect("#filter-department, td.kancelaria-departments")
    response, doc = page(url, department="WOIK")
    assert response.status_code == 400
    assert "department" in doc.cssselect(".kancelaria-filter-errors")[0].text_content()
    assert len(titles(doc)) == 7


def test_statistics_count_what_the_table_lists(register):
    """The box follows every filter: with only answered cases listed, none is overdue."""
    url = register.absolute_url()
    _, doc = page(url, state="answered")
    assert count(doc) == 4
    assert stat(doc, "total") == "4"
    assert stat(doc, "overdue") == "0"
    assert stat(doc, "share") == "75%"
    scope = doc.cssselect(".kancelaria-stats-scope")[0].text_content()
    assert "Answered" in scope or "Udzielono odpowiedzi" in scope
    assert [
        li.get("data-state") for li in doc.cssselect(".kancelaria-stat-states li[data-state]")
    ] == ["answered"]
    _, doc = page(url, state="forwarded")
    assert (stat(doc, "total"), stat(doc, "overdue"), stat(doc, "share")) == ("1", "1", "—")
    _, doc = page(url, q="parking")
    assert (stat(doc, "total"), stat(doc, "overdue")) == ("1", "0")


def test_export_follows_the_page(register):
    """The export link carries the page's filters and order; the file lists the same."""
    _, doc = page(
        register.absolute_url(), "clerk", q="pytania", kind="inquiry", sort_on="signature"
    )
    href = doc.cssselect("a.kancelaria-export-csv")[0].get("href")
    response = requests.get(href, auth=("clerk", PASSWORD), timeout=60)
    assert response.status_code == 200
    lines = response.content.decode("utf-8-sig").splitlines()[1:]
    assert [line.split(";")[2] for line in lines] == titles(doc)
    assert titles(doc) == [
        "Parking przy dworcu",
        "Wycofana sprawa",
        "Żłobek miejski",
        "Remont szkoły nr 3",
    ]
