"""The register of correspondence over REST (``@letters``), as a page and as an export: each
filter narrows to exactly the letters it names, filters combine, the page says what it
found, and the export lists exactly what the page lists."""

from .conftest import make_incoming
from .register_data import make_letters
from datetime import timedelta
from io import BytesIO
from kancelaria import clock
from kancelaria.testing import PASSWORD
from plone import api

import csv
import lxml.html
import openpyxl
import pytest
import requests
import transaction

REGISTER = "kancelaria/korespondencja"
ALL = {"complaint", "inquiry", "closed", "wksp", "reply", "congrats"}


@pytest.fixture
def letters(fportal):
    return make_letters(fportal)


def names(letters, urls):
    by_url = {obj.absolute_url(): name for name, obj in letters.items()}
    return {by_url[url] for url in urls}


def found(client, letters, user="clerk", **params):
    response = client(user).get(f"{REGISTER}/@letters", params={"b_size": 100, **params})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["items_total"] == len(data["items"])
    return names(letters, [item["@id"] for item in data["items"]])


def test_everything_without_filters(client, letters):
    assert found(client, letters) == ALL


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"direction": "incoming"}, {"complaint", "inquiry", "closed", "wksp"}),
        ({"direction": "outgoing"}, {"reply", "congrats"}),
        ({"kind": "complaint"}, {"complaint"}),
        ({"kind": "congratulations"}, {"congrats"}),
        ({"kind": "reply"}, {"reply"}),
        ({"state": "assigned"}, {"inquiry", "wksp"}),
        ({"state": "closed"}, {"closed"}),
        ({"state": "draft"}, {"reply"}),
        ({"state": "sent"}, {"congrats"}),
        ({"department": "WKSP"}, {"wksp"}),
        ({"party": "Mieszkańska"}, {"inquiry", "reply"}),
        ({"party": "budex"}, {"closed"}),
        ({"party": "Klub Sportowy"}, {"congrats"}),
        ({"q": "hałas"}, {"complaint"}),
        ({"q": "spać"}, {"complaint"}),  # the summary
        ({"q": "festyn"}, {"wksp"}),
        # Both directions filtered by the kind's direction and the state together.
        ({"direction": "incoming", "state": "assigned", "department": "WOIK"}, {"inquiry"}),
        ({"direction": "outgoing", "party": "Mieszkańska"}, {"reply"}),
        ({"direction": "incoming", "party": "Mieszkańska", "state": "closed"}, set()),
    ],
)
def test_each_filter_narrows(client, letters, params, expected):
    assert found(client, letters, **params) == expected


def test_date_range(client, letters):
    today = clock.today()

    def days(n):
        return (today - timedelta(days=n)).isoformat()

    # Received 40, 20, 10 days ago and today; the sent letter today; the draft reply
    # written today.
    assert found(client, letters, date_from=days(25), date_to=days(5)) == {"inquiry", "closed"}
    assert found(client, letters, date_to=days(30)) == {"complaint"}
    assert found(client, letters, date_from=today.isoformat()) == {"wksp", "reply", "congrats"}
    assert found(client, letters, date_from=days(15), direction="outgoing") == {
        "reply",
        "congrats",
    }


def test_rows_and_order(client, letters):
    data = client("clerk").get(f"{REGISTER}/@letters", params={"sort_on": "deadline"}).json()
    deadlines = [item["deadline"] for item in data["items"]]
    assert deadlines == sorted(deadlines)
    by_id = {item["@id"]: item for item in data["items"]}
    complaint = by_id[letters["complaint"].absolute_url()]
    assert complaint["direction"] == "incoming"
    assert complaint["incoming_number"].startswith("RPW/")
    assert complaint["party"] == "Jan Skarżący"
    assert complaint["kind"] == {"token": "complaint", "title": "Skarga"}
    assert complaint["review_state"]["token"] == "registered"
    assert complaint["date"] == (clock.today() - timedelta(days=40)).isoformat()
    # 30 days from receipt 40 days ago: overdue (the deadline may move off a holiday).
    assert complaint["days_left"] < 0
    congrats = by_id[letters["congrats"].absolute_url()]
    assert congrats["incoming_number"] is None
    assert congrats["party"] == "Klub Sportowy Naprzód"
    assert congrats["date"] == clock.today().isoformat()
    assert congrats["days_left"] is None  # sent: no longer open


def test_batching(client, letters):
    clerk = client("clerk")
    first = clerk.get(f"{REGISTER}/@letters", params={"b_size": 4}).json()
    assert first["items_total"] == 6 and len(first["items"]) == 4
    second = clerk.get(first["batching"]["next"]).json()
    assert len(second["items"]) == 2
    urls = [i["@id"] for i in first["items"] + second["items"]]
    assert names(letters, urls) == ALL


@pytest.mark.parametrize(
    "param,value",
    [
        ("direction", "sideways"),
        ("kind", "love_letter"),
        ("state", "published"),
        ("date_from", "27.11.2026"),
        ("date_to", "2026-02-30"),
        ("department", "XYZ"),
        ("sort_on", "title"),
        ("sort_order", "up"),
        ("party", "x" * 201),
        ("q", "\x00"),
        ("b_size", "0"),
        ("b_start", "-1"),
    ],
)
def test_bad_parameter_is_named(client, letters, fportal, param, value):
    clerk = client("clerk")
    response = clerk.get(f"{REGISTER}/@letters", params={param: value})
    assert response.status_code == 400, response.text
    assert param in response.json()["error"]["message"]
    if param.startswith("b_"):
        return
    export = clerk.session.get(
        clerk.url(f"{REGISTER}/@@letters-export"), params={param: value}, timeout=60
    )
    assert export.status_code == 400 and export.text.startswith(f"{param}:")
    page = clerk.session.get(
        clerk.url(REGISTER), params={param: value}, headers={"Accept": "text/html"}, timeout=60
    )
    assert page.status_code == 400
    alert = lxml.html.fromstring(page.text).cssselect(".kancelaria-filter-errors")
    assert alert and f"{param}:" in alert[0].text_content()


def test_reversed_range_is_refused(client, letters):
    response = client("clerk").get(
        f"{REGISTER}/@letters", params={"date_from": "2026-05-02", "date_to": "2026-05-01"}
    )
    assert response.status_code == 400
    assert "date_from" in response.json()["error"]["message"]


def page(fportal, user, **params):
    response = requests.get(
        fportal["kancelaria"]["korespondencja"].absolute_url(),
        params=params,
        auth=(user, PASSWORD),
        timeout=60,
    )
    return response, lxml.html.fromstring(response.text)


def test_page_lists_what_rest_lists(client, fportal, letters):
    response, doc = page(fportal, "clerk", direction="incoming", sort_on="received_date")
    assert response.status_code == 200
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "4"
    rows = doc.cssselect("table.kancelaria-letters tbody tr")
    titles = [r.cssselect("td.kancelaria-subject a")[0].text_content() for r in rows]
    # Newest receipt first.
    assert titles == [
        "Zaproszenie na festyn szkolny",
        "Wniosek o wycinkę drzewa",
        "Pytanie o godziny otwarcia",
        "Skarga na hałas z placu budowy",
    ]
    complaint = rows[-1]
    assert complaint.cssselect("td.kancelaria-incoming-number")[0].text_content().startswith("RPW/")
    assert complaint.cssselect("td.kancelaria-party")[0].text_content() == "Jan Skarżący"
    assert complaint.cssselect("td.kancelaria-kind")[0].text_content() == "Skarga"
    assert complaint.cssselect(".kancelaria-overdue")  # overdue by … days
    # The page says which date it shows.
    assert "date_from" in response.text and "filter-date-help" in response.text


def test_page_outgoing_rows(fportal, letters):
    _response, doc = page(fportal, "clerk", direction="outgoing")
    rows = doc.cssselect("table.kancelaria-letters tbody tr")
    assert len(rows) == 2
    for row in rows:
        assert row.cssselect("td.kancelaria-incoming-number")[0].text_content() == "—"
        assert row.cssselect("td.kancelaria-direction")[0].get("data-direction") == "outgoing"


def test_page_batches_fifty(fportal):
    register = fportal["kancelaria"]["korespondencja"]
    for number in range(52):
        make_incoming(register, title=f"Pismo seryjne {number}", sender_name="Seria")
    transaction.commit()
    _response, doc = page(fportal, "clerk")
    assert len(doc.cssselect("table.kancelaria-letters tbody tr")) == 50
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == "52"


def test_export_is_what_the_page_lists(client, fportal, letters):
    # The Polish site, as the office has it: the Polish column titles.
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()
    clerk = client("clerk")
    params = {"direction": "incoming", "sort_on": "received_date"}
    _response, doc = page(fportal, "clerk", **params)
    listed = [a.text_content() for a in doc.cssselect("td.kancelaria-subject a")]

    response = clerk.session.get(
        clerk.url(f"{REGISTER}/@@letters-export"),
        params={**params, "format": "csv"},
        headers={"Accept-Language": "pl"},
        timeout=60,
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(response.content.decode("utf-8-sig").splitlines(), delimiter=";"))
    header, body = table[0], table[1:]
    assert header[:5] == [
        "Znak sprawy",
        "Numer w dzienniku",
        "Kierunek",
        "Przedmiot",
        "Nadawca lub adresaci",
    ]
    subject = header.index("Przedmiot")
    assert [row[subject] for row in body] == listed
    date_column = header.index("Data wpływu lub wysłania")
    assert body[-1][date_column] == (clock.today() - timedelta(days=40)).isoformat()

    response = clerk.session.get(
        clerk.url(f"{REGISTER}/@@letters-export"),
        params={**params, "format": "xlsx"},
        headers={"Accept-Language": "pl"},
        timeout=60,
    )
    sheet = openpyxl.load_workbook(BytesIO(response.content)).active
    values = list(sheet.values)
    assert [row[subject] for row in values[1:]] == listed
    assert values[-1][date_column].date() == clock.today() - timedelta(days=40)
