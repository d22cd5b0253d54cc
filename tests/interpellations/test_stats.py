"""Statistics of the register: the pure function, the wrapper, and ``GET @stats``."""

from datetime import date
from datetime import timedelta
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from plone.app.testing import login
from plone.app.testing import logout
from tests.interpellations import register_data
from types import SimpleNamespace

import lxml.html
import pytest
import transaction

TODAY = date(2026, 11, 26)


def brain(state, received, deadline, answered=None, open_=None):
    is_open = state in ("registered", "forwarded", "answer_review") if open_ is None else open_
    return SimpleNamespace(
        review_state=state,
        received_date=received,
        deadline=deadline,
        answer_date=answered,
        case_open=is_open,
    )


def test_compute_known_answers():
    d = date
    brains = [
        brain("answered", d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 15)),  # 10 days, on time
        brain("answered", d(2026, 2, 2), d(2026, 2, 16), d(2026, 2, 20)),  # 18 days, late
        brain("answered", d(2026, 3, 2), d(2026, 3, 16), d(2026, 3, 9)),  # 7 days, on time
        brain("answered", d(2026, 4, 1), d(2026, 4, 15), d(2026, 4, 15)),  # 14 days, on the day
        brain("forwarded", d(2026, 10, 1), d(2026, 10, 15)),  # overdue
        brain("answer_review", d(2026, 11, 20), d(2026, 12, 4)),  # open, in time
        brain("withdrawn", d(2026, 9, 1), d(2026, 9, 15)),  # closed
        brain("registered", d(2026, 11, 26), d(2026, 12, 10)),
    ]
    result = stats.compute(brains, year=2026, today=TODAY)
    assert result == {
        "year": 2026,
        "total": 8,
        "by_state": {
            "registered": 1,
            "forwarded": 1,
            "answer_review": 1,
            "answered": 4,
            "withdrawn": 1,
        },
        "overdue": 1,
        "answered": 4,
        "answered_on_time": 3,
        "answered_late": 1,
        "answered_on_time_share": 0.75,
        "median_days_to_answer": 12,  # median of 7, 10, 14, 18
    }


def test_compute_odd_median_and_nothing_answered():
    d = date
    three = [
        brain("answered", d(2026, 1, 1), d(2026, 1, 15), d(2026, 1, 1) + timedelta(n))
        for n in (3, 20, 5)
    ]
    result = stats.compute(three, today=TODAY)
    assert result["median_days_to_answer"] == 5
    assert result["answered_on_time_share"] == pytest.approx(2 / 3)
    half = [
        brain("answered", d(2026, 1, 1), d(2026, 1, 15), d(2026, 1, 1) + timedelta(n))
        for n in (3, 4)
    ]
    assert stats.compute(half, today=TODAY)["median_days_to_answer"] == 3.5

    empty = stats.compute([brain("forwarded", d(2026, 11, 1), d(2026, 11, 26))], today=TODAY)
    assert empty["overdue"] == 0  # due today is not overdue yet
    assert empty["answered_on_time_share"] is None
    assert empty["median_days_to_answer"] is None
    assert stats.compute([], year=2026)["total"] == 0


def test_for_register_clerk_and_anonymous(portal):
    register = portal["interpelacje"]
    register_data.fill(register)
    year = clock.today().year

    login(portal, "clerk")
    staff = stats.for_register(register)
    assert staff["year"] == year
    assert staff["total"] == 8
    assert staff["by_state"] == {
        "registered": 1,
        "forwarded": 1,
        "answer_review": 1,
        "answered": 4,
        "withdrawn": 1,
    }
    assert staff["overdue"] == 1
    assert staff["answered_on_time"] == 3
    assert staff["answered_late"] == 1
    assert staff["answered_on_time_share"] == 0.75
    assert staff["median_days_to_answer"] == 11

    logout()
    public = stats.for_register(register)
    assert public["total"] == 7
    assert public["by_state"]["registered"] == 0
    assert public["median_days_to_answer"] == 11
    assert stats.for_register(register, year=year - 1)["total"] == 0
    assert stats.for_register(register, councillor="anna-kowalska")["total"] == 1
    assert stats.for_register(register, kind="inquiry")["answered"] == 2


def test_filters_are_validated(portal):
    parsed = query.parse(
        {"year": "2026", "kind": "motion", "state": "answered", "councillor": "jan-nowak"}
    )
    assert {k: v for k, v in parsed.items() if v is not None} == {
        "year": 2026,
        "councillor": "jan-nowak",
        "kind": "motion",
        "state": "answered",
    }
    assert query.parse({"year": ""}) == dict.fromkeys(query.PARAMETERS)
    for form, field in (
        ({"year": "26"}, "year"),
        ({"year": "dwa"}, "year"),
        ({"councillor": "nikt"}, "councillor"),
        ({"kind": "petition"}, "kind"),
        ({"state": "published"}, "state"),
        ({"sort_on": "title"}, "sort_on"),
        ({"sort_order": "up"}, "sort_order"),
        ({"q": "x" * 201}, "q"),
        ({"q": "!!!"}, "q"),
        ({"department": "XYZ"}, "department"),
    ):
        with pytest.raises(CaseInputError) as info:
            query.parse(form)
        assert info.value.field == field
    login(portal, "outsider")  # staff only
    with pytest.raises(CaseInputError) as info:
        query.parse({"department": "WOIK"})
    assert info.value.field == "department"
    login(portal, "woik")  # a department: its own only
    assert query.parse({"department": "WOIK"})["department"] == "WOIK"
    with pytest.raises(CaseInputError):
        query.parse({"department": "WKSP"})
    logout()
    filters, errors = query.parse_lenient({"year": "x", "kind": "motion"})
    assert filters["kind"] == "motion" and filters["year"] is None
    assert [e.field for e in errors] == ["year"]


def test_rest_stats(client, fportal):
    register_data.fill(fportal["interpelacje"])
    transaction.commit()
    url = fportal["interpelacje"].absolute_url() + "/@stats"
    year = clock.today().year

    response = client().get(url, params={"year": year})
    assert response.status_code == 200, response.text
    public = response.json()
    assert {
        k: public[k]
        for k in (
            "year",
            "total",
            "overdue",
            "answered",
            "answered_on_time",
            "answered_on_time_share",
            "median_days_to_answer",
        )
    } == {
        "year": year,
        "total": 7,
        "overdue": 1,
        "answered": 4,
        "answered_on_time": 3,
        "answered_on_time_share": 0.75,
        "median_days_to_answer": 11,
    }
    assert public["by_state"] == {
        "registered": 0,
        "forwarded": 1,
        "answer_review": 1,
        "answered": 4,
        "withdrawn": 1,
    }

    staff = client("clerk").get(url).json()  # no year: the current one
    assert staff["year"] == year
    assert staff["total"] == 8
    assert staff["by_state"]["registered"] == 1

    empty = client().get(url, params={"year": year - 1}).json()
    assert empty["total"] == 0
    assert empty["answered_on_time_share"] is None
    assert empty["median_days_to_answer"] is None


def test_rest_stats_bad_input(client, fportal):
    url = fportal["interpelacje"].absolute_url() + "/@stats"
    for params, field in (
        ({"year": "20x6"}, "year"),
        ({"councillor": "nikt"}, "councillor"),
        ({"kind": "petition"}, "kind"),
        ({"state": "published"}, "state"),
        ({"q": '"unbalanced AND ('}, "q"),
        ({"q": "?!"}, "q"),
        ({"q": "a\x00b"}, "q"),
        ({"department": "WOIK"}, "department"),  # anonymous: staff only
    ):
        response = client().get(url, params=params)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["field"] == field
        assert field in error["message"]


def test_rest_stats_take_the_page_filters(client, fportal):
    """``@stats`` counts what the page lists for the same parameters, and says what."""
    register_data.fill(fportal["interpelacje"])
    transaction.commit()
    url = fportal["interpelacje"].absolute_url() + "/@stats"
    year = clock.today().year

    answered = client().get(url, params={"state": "answered"}).json()
    assert answered["total"] == 4
    assert answered["overdue"] == 0  # only answered ones: none open past the deadline
    assert answered["filters"] == {"year": year, "state": "answered"}

    found = client().get(url, params={"q": "rowerowej ścieżki"}).json()
    assert found["total"] == 1 and found["answered"] == 1

    routed = client("clerk").get(url, params={"department": "WOIK"}).json()
    assert routed["filters"] == {"year": year, "department": "WOIK"}
    assert routed["total"] == 0  # the hand-made register routes nothing (forward only)
    assert client("woik").get(url, params={"department": "WKSP"}).status_code == 400


def test_rest_stats_follow_every_committed_change(client, fportal):
    """The figures are counted once per change of the catalog, not on every page: a reader
    never sees yesterday's figures after a change, and each sees only what they may."""
    items = register_data.fill(fportal["interpelacje"])
    transaction.commit()
    url = fportal["interpelacje"].absolute_url() + "/@stats"

    before = client().get(url).json()
    assert client().get(url).json() == before  # asked again: the same figures
    assert client("clerk").get(url).json()["by_state"]["registered"] == 1
    assert before["by_state"]["answer_review"] == 1 and before["answered"] == 4

    client("mayor").post(
        items["Parking przy dworcu"].absolute_url() + "/@workflow/approve_answer"
    ).raise_for_status()
    after = client().get(url).json()
    assert after["by_state"]["answer_review"] == 0
    assert after["answered"] == 5
    assert client("clerk").get(url).json()["by_state"]["registered"] == 1  # staff's own
    assert client().get(url).json()["by_state"]["registered"] == 0


def test_stats_in_a_transaction_count_its_own_changes(portal):
    """Inside a transaction that changed the register, the figures include the change."""
    login(portal, "clerk")
    first = stats.for_register(portal["interpelacje"])
    register_data.fill(portal["interpelacje"])
    second = stats.for_register(portal["interpelacje"])
    assert second["total"] == first["total"] + 8


def test_year_filter_follows_a_committed_change(client, fportal):
    """The register's year filter is remembered like the figures, until the catalog changes:
    an interpellation of a year not listed yet shows that year on the next page."""
    from tests.interpellations.conftest import _make

    register = fportal["interpelacje"]
    this_year = clock.today().year
    _make(register, "forwarded", "Oświetlenie ulicy Polnej", received_date=clock.today())
    transaction.commit()

    def years():
        page = client().get(register.absolute_url(), headers={"Accept": "text/html"})
        doc = lxml.html.fromstring(page.text)
        return [o.get("value") for o in doc.cssselect("#filter-year option") if o.get("value")]

    assert years() == [str(this_year)]
    assert years() == [str(this_year)]  # remembered
    _make(register, "forwarded", "Ławki w parku", received_date=date(this_year - 3, 5, 4))
    transaction.commit()
    assert years() == [str(this_year), str(this_year - 3)]
