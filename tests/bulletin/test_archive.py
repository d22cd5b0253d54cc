"""The public archive by year (the page and ``@bulletin``) and the RSS 2.0 feed."""

from datetime import date

import feedparser
import pytest
import xml.etree.ElementTree as ET


@pytest.fixture
def issues(fissue):
    return {
        "old": fissue(state="published", issue_date=date(2025, 11, 3), title="Listopad"),
        "new": fissue(state="published", issue_date=date(2026, 2, 2), title="Luty"),
        "newer": fissue(state="published", issue_date=date(2026, 3, 2), title="Marzec"),
        "private": fissue(issue_date=date(2026, 4, 1), title="Kwiecień w przygotowaniu"),
    }


def test_rest_archive_by_year_newest_first(client, issues):
    data = client().get("biuletyn/@bulletin").json()
    assert data["years"] == [2026, 2025]
    assert [g["year"] for g in data["groups"]] == [2026, 2025]
    assert [i["title"] for i in data["groups"][0]["items"]] == ["Marzec", "Luty"]
    assert data["groups"][0]["items"][0]["number"] == "2/2026"
    assert data["groups"][0]["items"][0]["file"]["download"].endswith("/@@download/file")
    only = client().get("biuletyn/@bulletin", params={"year": "2025"}).json()
    assert [g["year"] for g in only["groups"]] == [2025]
    assert [i["title"] for i in only["groups"][0]["items"]] == ["Listopad"]


def test_staff_find_the_private_issue_too(client, issues):
    data = client("press").get("biuletyn/@bulletin", params={"year": 2026}).json()
    assert "Kwiecień w przygotowaniu" in [i["title"] for i in data["groups"][0]["items"]]


@pytest.mark.parametrize("year", ["26", "dwa", "2026x", "-1"])
def test_a_bad_year_is_a_400_naming_year(client, year):
    response = client().get("biuletyn/@bulletin", params={"year": year})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "year"


@pytest.mark.parametrize("year", ["26", "dwa"])
def test_a_bad_year_on_the_page_is_a_400_naming_it_above_every_year(client, issues, year):
    response = client().get("biuletyn", params={"year": year}, headers={"Accept": "text/html"})
    assert response.status_code == 400
    assert "<code>year</code>" in response.text
    assert "Listopad" in response.text and "Marzec" in response.text


def test_the_archive_page_by_year(client, issues):
    c = client()
    c.session.headers["Accept"] = "text/html"
    page = c.get("biuletyn").text
    assert page.index("Marzec") < page.index("Luty") < page.index("Listopad")
    assert "Kwiecień w przygotowaniu" not in page
    assert "PDF" in page and "kB" in page
    filtered = c.get("biuletyn", params={"year": "2025"}).text
    assert "Listopad" in filtered and "Marzec" not in filtered


def test_the_feed_is_rss_2_with_the_pdf_as_enclosure(client, issues):
    response = client().get("biuletyn/@@rss")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    feed = feedparser.parse(response.content)
    assert feed.version == "rss20" and not feed.bozo
    titles = [e.title for e in feed.entries]
    assert titles == ["2/2026: Marzec", "1/2026: Luty", "1/2025: Listopad"]
    enclosure = feed.entries[0].enclosures[0]
    assert enclosure.type == "application/pdf"
    assert enclosure.href.endswith("/@@download/file")
    assert int(enclosure.length) > 0
    download = client().get(enclosure.href)
    assert download.status_code == 200 and download.content.startswith(b"%PDF")


def test_the_feed_is_linked_from_the_page_head(client, issues):
    c = client()
    c.session.headers["Accept"] = "text/html"
    assert "biuletyn/@@rss" in c.get("biuletyn").text
