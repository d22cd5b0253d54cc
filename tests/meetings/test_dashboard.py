"""The directives dashboard: ``@directives`` and the page ``@@polecenia`` list the open
directives of every meeting by deadline, the overdue first; each filter narrows to exactly
what it names; the counters count what the listing lists; the page, REST and the export
agree; bad filters are 400s naming the parameter."""

from .board_data import OPEN
from .board_data import make_board
from .conftest import meeting_start
from io import BytesIO
from kancelaria.testing import PASSWORD
from plone import api

import csv
import lxml.html
import openpyxl
import pytest
import requests
import transaction

NARADY = "kancelaria/narady"


@pytest.fixture
def board(fportal):
    return make_board(fportal)


@pytest.fixture
def polish(fportal):
    """The Polish site, as the office has it."""
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()


def rest(client, user="clerk", **params):
    response = client(user).get(f"{NARADY}/@directives", params={"b_size": 100, **params})
    assert response.status_code == 200, response.text
    return response.json()


def names(board, data):
    by_url = {obj.absolute_url(): name for name, obj in board[1].items()}
    return [by_url[item["@id"]] for item in data["items"]]


def page(fportal, user="clerk", **params):
    response = requests.get(
        f"{fportal['kancelaria']['narady'].absolute_url()}/@@polecenia",
        params=params,
        auth=(user, PASSWORD),
        headers={"Accept": "text/html"},
        timeout=60,
    )
    return response, lxml.html.fromstring(response.text)


def page_signatures(html):
    return [td.text_content().strip() for td in html.cssselect("td.kancelaria-signature")]


def test_open_directives_by_deadline_overdue_first(client, board):
    data = rest(client)
    assert names(board, data) == OPEN
    days = [item["days_left"] for item in data["items"]]
    assert days == [-5, -2, 3, 20]
    assert data["items_total"] == 4


def test_an_item_says_what_the_dashboard_shows(client, board):
    meetings, directives = board
    item = rest(client)["items"][0]
    late = directives["late"]
    assert item["signature"] == late.signature and item["signature"].startswith("KPM.0012.")
    assert item["title"] == "Przygotować raport o stanie dróg gminnych"
    assert item["meeting"]["@id"] == meetings["old"].absolute_url()
    assert item["meeting"]["title"] == "Narada budżetowa"
    assert item["meeting"]["start"] == meeting_start(40).date().isoformat()
    assert item["departments"] == ["WOIK"]
    assert item["responsible_person"] == "Jan Kowalski"
    assert item["priority"]["token"] == "normal"
    assert item["review_state"]["token"] == "issued"
    assert item["deadline"] == late.deadline.isoformat()
    assert item["progress_percent"] == 0
    later = rest(client)["items"][1]
    assert later["progress_percent"] == 10  # the progress report of the fixture


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"department": "WOIK"}, ["late", "week"]),
        ({"department": "WKSP"}, ["later", "month"]),
        ({"state": "issued"}, ["late", "month"]),
        ({"state": "in_progress"}, ["later"]),
        ({"state": "reported_done"}, ["week"]),
        ({"state": "verified"}, ["verified"]),
        ({"state": "cancelled"}, ["cancelled"]),
        ({"person": "Jan Kowalski"}, ["late", "month"]),
        ({"person": "Ewa Nowak"}, ["later", "week"]),
        ({"person": "Kowalski"}, []),  # the name as written in the directive
        ({"due": "overdue"}, ["late", "later"]),
        ({"due": "week"}, ["week"]),
        ({"q": "festyn"}, ["later"]),
        ({"q": "dróg"}, ["late"]),
        ({"department": "WOIK", "person": "Ewa Nowak"}, ["week"]),
        ({"department": "WKSP", "state": "cancelled"}, ["cancelled"]),
        ({"due": "overdue", "department": "WKSP"}, ["later"]),
    ],
)
def test_each_filter_narrows(client, board, params, expected):
    assert names(board, rest(client, **params)) == expected


def test_meeting_filter(client, board):
    meetings, _directives = board
    assert names(board, rest(client, meeting=meetings["old"].UID())) == ["late", "later"]
    assert names(board, rest(client, meeting=meetings["new"].UID())) == ["week", "month"]
    state = {"meeting": meetings["new"].UID(), "state": "cancelled"}
    assert names(board, rest(client, **state)) == ["cancelled"]


def test_counters_count_what_the_listing_lists(client, board):
    data = rest(client)
    counters = data["counters"]
    assert counters == {
        "open": 4,
        "overdue": 2,
        "due_this_week": 1,
        "reported_done": 1,
        "verified_this_year": 1,
    }
    assert counters["open"] == data["items_total"]
    assert counters["overdue"] == rest(client, due="overdue")["items_total"]
    assert counters["due_this_week"] == rest(client, due="week")["items_total"]
    assert counters["reported_done"] == rest(client, state="reported_done")["items_total"]
    assert counters["overdue"] == sum(1 for i in data["items"] if i["days_left"] < 0)
    # The narrowing filters narrow the counters too.
    assert rest(client, department="WKSP")["counters"] == {
        "open": 2,
        "overdue": 1,
        "due_this_week": 0,
        "reported_done": 0,
        "verified_this_year": 0,
    }


def test_batching(client, board):
    first = rest(client, b_size=3)
    assert names(board, first) == OPEN[:3]
    assert first["items_total"] == 4
    second = client("clerk").get(first["batching"]["next"]).json()
    assert names(board, second) == OPEN[3:]
    assert "prev" in second["batching"]


@pytest.mark.parametrize(
    "params",
    [{}, {"department": "WKSP"}, {"due": "overdue"}, {"state": "verified"}, {"q": "urzędu"}],
)
def test_page_rest_and_export_agree(client, fportal, board, polish, params):
    data = rest(client, **params)
    signatures = [item["signature"] for item in data["items"]]
    response, html = page(fportal, **params)
    assert response.status_code == 200
    assert page_signatures(html) == signatures
    count = html.cssselect(".kancelaria-count-number")[0].text_content().strip()
    assert int(count) == data["items_total"]
    shown = {
        li.get("class").split("counter-")[1]: int(
            li.cssselect(".kancelaria-counter-number")[0].text_content()
        )
        for li in html.cssselect("li.kancelaria-counter")
    }
    assert shown == data["counters"]
    exported = client("clerk").get(
        f"{NARADY}/@@directives-export",
        params={"format": "csv", **params},
    )
    assert exported.status_code == 200
    assert exported.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(exported.content.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Znak sprawy", "Polecenie", "Narada"]
    assert [row[0] for row in rows[1:]] == signatures


def test_xlsx_export(client, board):
    response = client("clerk").get(f"{NARADY}/@@directives-export", params={"format": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert [row[0] for row in values[1:]] == [board[1][n].signature for n in OPEN]


def test_page_marks_overdue_and_links_meetings(fportal, board):
    meetings, directives = board
    response, html = page(fportal)
    first = html.cssselect("tbody tr")[0]
    assert "5" in first.cssselect(".kancelaria-overdue")[0].text_content()
    links = [a.get("href") for a in first.cssselect(".kancelaria-meeting a")]
    assert links == [meetings["old"].absolute_url()]
    options = [o.get("value") for o in html.cssselect("#filter-meeting option")]
    assert set(options) == {"", meetings["old"].UID(), meetings["new"].UID()}


@pytest.mark.parametrize(
    "params,field",
    [
        ({"department": "XYZ"}, "department"),
        ({"meeting": "not-a-uid"}, "meeting"),
        ({"meeting": "0" * 32}, "meeting"),
        ({"state": "open"}, "state"),
        ({"due": "soon"}, "due"),
        ({"person": "Jan\x00Kowalski"}, "person"),
        ({"person": "x" * 201}, "person"),
        ({"q": "x" * 201}, "q"),
        ({"b_size": "0"}, "b_size"),
        ({"b_start": "-1"}, "b_start"),
    ],
)
def test_bad_filters_are_400s_naming_the_parameter(client, fportal, board, params, field):
    response = client("clerk").get(f"{NARADY}/@directives", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == field
    if field.startswith("b_"):
        return
    page_response, html = page(fportal, **params)
    assert page_response.status_code == 400
    alert = html.cssselect(".kancelaria-filter-errors")[0].text_content()
    assert f"{field}:" in alert
    # The rest of the page still lists, without the bad filter.
    assert len(page_signatures(html)) == 4


def test_export_refuses_bad_filters(client, board):
    response = client("clerk").get(
        f"{NARADY}/@@directives-export", params={"format": "csv", "state": "x"}
    )
    assert response.status_code == 400
    assert response.text.startswith("state:")


def test_links_from_the_register_and_the_desk(fportal, board):
    url = f"{fportal['kancelaria']['narady'].absolute_url()}/@@polecenia"
    for path in ("kancelaria/narady", "kancelaria"):
        response = requests.get(
            f"{fportal.absolute_url()}/{path}",
            auth=("clerk", PASSWORD),
            headers={"Accept": "text/html"},
            timeout=60,
        )
        html = lxml.html.fromstring(response.text)
        assert url in [a.get("href") for a in html.cssselect("a.kancelaria-directives-link")]
