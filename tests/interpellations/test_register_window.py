"""A page of the register sorted by a date is taken from the dates at the head of the order
when they fill it (``case.window``), and is exactly the page a sort of the whole register
gives, with the count of everything: in the default order, ascending, by deadline, searched
and filtered, at every page boundary; through the page and ``@stats`` too."""

from datetime import timedelta
from functools import partial
from kancelaria import clock
from kancelaria.case import window
from kancelaria.interpellations import query
from kancelaria.testing import PASSWORD
from plone import api
from plone.app.testing import login
from tests import wholesort
from tests.interpellations.conftest import _make
from tests.interpellations.test_register_page import count
from tests.interpellations.test_register_page import page
from tests.interpellations.test_register_page import titles
from tests.wholesort import signatures

import pytest
import requests
import transaction

# Days before today: 12 of the last days (the 31-day window), 2 two months back (the 92-day
# window), 6 over a year back, close together (the earliest dates' 31-day window).
DAYS_BACK = [*range(12), 60, 61, *range(400, 406)]


def fill(register, days_back=DAYS_BACK):
    today = clock.today()
    for number, days in enumerate(days_back):
        kind = "motion" if number % 3 == 0 else "interpellation"
        subject = "Remont drogi" if number % 2 == 0 else "Zieleń miejska"
        _make(
            register,
            "registered",
            f"{subject} {number}",
            kind=kind,
            received_date=today - timedelta(days=days),
        )


@pytest.fixture
def register(portal):
    register = portal["interpelacje"]
    fill(register)
    login(portal, "clerk")
    return register


whole_sort = partial(wholesort.whole_sort, query.catalog_query)


ORDERS = [
    {},
    {"sort_on": "received_date", "sort_order": "ascending"},
    {"sort_on": "deadline"},
    {"sort_on": "deadline", "sort_order": "descending"},
    {"q": "remont", "kind": "interpellation"},
    {"q": "zieleń", "sort_on": "deadline"},
]
# The first page, a middle one, pages across the 31-day window's edge, the last page.
PAGES = [(0, 5), (5, 5), (10, 4), (10, 5), (12, 5), (15, 5), (0, 12), (18, 5)]


@pytest.mark.parametrize(
    "filters", ORDERS, ids=lambda f: "&".join(map(str, f.items())) or "default"
)
def test_every_page_is_the_whole_sorts_page(register, filters):
    everything = whole_sort(register, filters)
    assert everything  # every order lists something
    for b_start, b_size in PAGES:
        found = query.search(register, filters, b_start=b_start, b_size=b_size)
        assert found.actual_result_count == len(everything), (b_start, b_size)
        assert signatures(found) == everything[b_start : b_start + b_size], (b_start, b_size)


@pytest.mark.parametrize(
    "filters, b_start, b_size",
    [
        ({}, 0, 5),  # the newest: the last 31 days
        ({}, 10, 4),  # across the 31 days' edge: the last 92 days
        ({"sort_on": "received_date", "sort_order": "ascending"}, 0, 5),  # the earliest
        ({"sort_on": "deadline"}, 0, 6),
        ({"sort_on": "deadline", "sort_order": "descending"}, 5, 5),
    ],
)
def test_the_head_of_the_order_gives_the_page(register, filters, b_start, b_size):
    catalog = api.portal.get_tool("portal_catalog")
    page_query = {**query.catalog_query(register, filters), "b_start": b_start, "b_size": b_size}
    found = window.page(catalog, page_query)
    assert found is not None
    assert found.actual_result_count == len(DAYS_BACK)
    assert signatures(found) == whole_sort(register, filters)[b_start : b_start + b_size]


def test_the_whole_sort_where_no_window_fills_the_page(register):
    catalog = api.portal.get_tool("portal_catalog")
    page_query = {**query.catalog_query(register, {}), "b_start": 15, "b_size": 5}
    assert window.page(catalog, page_query) is None  # beyond the last year
    by_signature = {**query.catalog_query(register, {"sort_on": "signature"}), **page_query}
    by_signature.update(sort_on=["case_year", "jrwa", "case_number"])
    assert window.page(catalog, by_signature) is None  # not sorted by a date
    in_range = {**page_query, "received_date": {"query": clock.today(), "range": "max"}}
    assert window.page(catalog, in_range) is None  # the date is asked for: as it is


def test_the_page_lists_what_the_whole_sort_lists(fportal):
    """60 interpellations, 50 a page: both pages, in four orders, as the whole sort; the
    count, and ``@stats`` over REST, of everything."""
    register = fportal["interpelacje"]
    fill(register, [*range(0, 52), *range(400, 408)])
    transaction.commit()
    url = register.absolute_url()
    orders = (
        {},
        {"sort_on": "deadline"},
        {"sort_on": "received_date", "sort_order": "ascending"},
        {"q": "remont", "year": str(clock.today().year)},
    )
    for filters in orders:
        with api.env.adopt_user(username="clerk"):
            brains = query.search(register, query.parse(filters))
            whole = [brain.Title for brain in brains]
        assert len(whole) > 25, filters
        for b_start in (0, 25, 50):
            response, doc = page(url, "clerk", b_start=b_start, **filters)
            assert response.status_code == 200
            assert count(doc) == len(whole), filters
            assert titles(doc) == whole[b_start : b_start + 50], (filters, b_start)
    stats = requests.get(
        f"{url}/@stats",
        params=orders[-1],
        headers={"Accept": "application/json"},
        auth=("clerk", PASSWORD),
        timeout=60,
    )
    assert stats.status_code == 200
    _, doc = page(url, "clerk", **orders[-1])
    assert stats.json()["total"] == count(doc)
