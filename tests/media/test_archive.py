"""The public archive ``/media`` and ``@media``: aired programmes and research reports,
newest first, by year, medium and kind, 50 a page; a bad parameter is a 400 naming it."""

from datetime import date
from datetime import datetime
from tests.media.conftest import make_broadcast

import pytest
import transaction


@pytest.fixture
def archive(fresearch, fbroadcast):
    return {
        "tv": fbroadcast(
            state="published",
            title="Magazyn TV",
            medium="tv",
            broadcaster="TVP3 Katowice",
            air_dates=[datetime(2026, 3, 5, 17, 0), datetime(2026, 3, 12, 17, 0)],
        ),
        "radio": fbroadcast(
            state="published",
            title="Audycja radiowa",
            air_dates=[datetime(2025, 10, 1, 9, 0)],
        ),
        "research": fresearch(
            state="published",
            title="Badanie 2026",
            order_date=date(2026, 1, 5),
            due_date=date(2026, 2, 27),
            delivery_date=date(2026, 2, 20),
        ),
        "private": fbroadcast(title="Audycja w przygotowaniu", air_dates=[datetime(2026, 4, 1)]),
    }


def _titles(response):
    assert response.status_code == 200, response.text
    return [i["title"] for i in response.json()["items"]]


def test_newest_first_published_only(client, archive):
    data = client().get("media/@media").json()
    assert [i["title"] for i in data["items"]] == ["Magazyn TV", "Badanie 2026", "Audycja radiowa"]
    assert data["years"] == [2026, 2025]
    tv = data["items"][0]
    assert tv["date"] == "2026-03-12"  # the latest air date
    assert tv["air_dates"] == ["2026-03-05T17:00:00", "2026-03-12T17:00:00"]
    assert tv["broadcaster"] == "TVP3 Katowice"
    assert "cost" not in tv
    research = data["items"][1]
    assert research["summary"] == "Mieszkańcy oceniają komunikację dobrze (62%)."
    assert research["report"]["download"].endswith("/@@download/report")
    assert client().get(research["report"]["download"]).content.startswith(b"%PDF")


def test_filters(client, archive):
    c = client()
    assert _titles(c.get("media/@media", params={"year": 2025})) == ["Audycja radiowa"]
    assert _titles(c.get("media/@media", params={"medium": "tv"})) == ["Magazyn TV"]
    assert _titles(c.get("media/@media", params={"kind": "research"})) == ["Badanie 2026"]
    assert _titles(c.get("media/@media", params={"kind": "broadcast", "year": "2026"})) == [
        "Magazyn TV"
    ]


@pytest.mark.parametrize(
    "name,value",
    [("year", "26"), ("kind", "film"), ("medium", "kino"), ("b_start", "-5"), ("b_start", "x")],
)
def test_a_bad_parameter_is_a_400_naming_it(client, name, value):
    response = client().get("media/@media", params={name: value})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == name
    page = client()
    page.session.headers["Accept"] = "text/html"
    answer = page.get("media", params={name: value})
    assert answer.status_code == 400
    assert f"<code>{name}</code>" in answer.text


def test_the_page(client, archive):
    c = client()
    c.session.headers["Accept"] = "text/html"
    page = c.get("media").text
    assert page.index("Magazyn TV") < page.index("Badanie 2026") < page.index("Audycja radiowa")
    assert "Audycja w przygotowaniu" not in page
    assert "Download the report" in page and "Television" in page
    only = c.get("media", params={"medium": "radio"}).text
    assert "Audycja radiowa" in only and "Magazyn TV" not in only


def test_fifty_a_page(client, fportal):
    for n in range(51):
        make_broadcast(
            fportal["media"],
            state="published",
            title=f"Odcinek {n:02d}",
            air_dates=[datetime(2026, 1, 1, 12, 0).replace(day=1 + n % 28, month=1 + n // 28)],
        )
    transaction.commit()
    first = client().get("media/@media").json()
    assert first["items_total"] == 51 and len(first["items"]) == 50
    second = client().get(first["batching"]["next"]).json()
    assert len(second["items"]) == 1
    seen = {i["title"] for i in first["items"]} | {i["title"] for i in second["items"]}
    assert len(seen) == 51
