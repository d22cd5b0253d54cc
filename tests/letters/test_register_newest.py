"""The register's newest page is taken from the last weeks' letters when they fill it, and
is exactly the page a sort of the whole register gives, with the count of everything."""

from datetime import timedelta
from functools import partial
from kancelaria import clock
from kancelaria.case import window
from kancelaria.letters import query
from plone import api
from plone.app.testing import login
from tests import wholesort
from tests.letters.conftest import make_incoming
from tests.wholesort import signatures

import pytest


@pytest.fixture
def register(portal):
    register = portal["kancelaria"]["korespondencja"]
    today = clock.today()
    # 12 letters of the last days, 6 of last year and the year before (a deep past).
    days_back = [*range(0, 12), 200, 250, 300, 400, 500, 700]
    for number, days in enumerate(days_back):
        make_incoming(
            register,
            title=f"Pismo {number}",
            sender_name=f"Nadawca {number}",
            received_date=today - timedelta(days=days),
        )
    login(portal, "clerk")
    return register


whole_sort = partial(wholesort.whole_sort, query.catalog_query)


@pytest.mark.parametrize("b_start, b_size", [(0, 5), (5, 5), (0, 12), (10, 5), (15, 5)])
def test_every_page_is_the_whole_sorts_page(register, b_start, b_size):
    everything = whole_sort(register, {})
    assert len(everything) == 18
    page = query.search(register, {}, b_start=b_start, b_size=b_size)
    assert page.actual_result_count == 18
    assert signatures(page) == everything[b_start : b_start + b_size]


def test_the_recent_letters_give_the_first_page(register):
    catalog = api.portal.get_tool("portal_catalog")
    page_query = {**query.catalog_query(register, {}), "b_start": 0, "b_size": 5}
    newest = window.page(catalog, page_query)
    assert newest is not None  # the last month holds the first page
    assert newest.actual_result_count == 18
    assert signatures(newest) == whole_sort(register, {})[:5]
    # Beyond what the last year holds: the whole sort.
    assert window.page(catalog, {**page_query, "b_start": 15}) is None


def test_filters_and_other_orders_page_as_before(register):
    for filters in (
        {"q": "Pismo"},
        {"sort_on": "deadline"},
        {"party": "Nadawca"},
        {"sort_on": "received_date", "sort_order": "ascending"},
    ):
        everything = whole_sort(register, filters)
        page = query.search(register, filters, b_start=0, b_size=5)
        assert signatures(page) == everything[:5], filters
        assert page.actual_result_count == len(everything)
