"""The officials' iCal feeds behind their secret tokens, and the public calendar with its
feed: what each holds (parsed with ``icalendar``), who gets in, what is never cached, and
that nothing internal ever reaches the public page."""

from kancelaria.calendar import feeds
from tests.calendar.conftest import at
from tests.calendar.conftest import make_appointment

import icalendar
import pytest
import re
import transaction

URL = "kancelaria/kalendarz"


@pytest.fixture
def made(fportal):
    result = {
        "internal": make_appointment(fportal, title="Rozmowa z inwestorem", start=at(1, 9)),
        "public": make_appointment(
            fportal,
            "public",
            title="Otwarcie hali sportowej",
            start=at(2, 12),
            place="Hala przy ul. Sportowej",
        ),
        "cancelled": make_appointment(fportal, "cancelled", title="Odwołana narada", start=at(3)),
        "deputy": make_appointment(
            fportal,
            "internal",
            title="Wizyta zastępcy",
            start=at(1, 14),
            officials=["zastepca-1"],
        ),
        "deputy_public": make_appointment(
            fportal,
            "public",
            title="Dzień Seniora",
            start=at(4, 16),
            officials=["zastepca-2"],
        ),
    }
    transaction.commit()
    return result


def summaries(body):
    cal = icalendar.Calendar.from_ical(body)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def feed_urls(client):
    page = client("clerk").get(f"{URL}/@@calendar-officials", headers={"Accept": "text/html"})
    assert page.status_code == 200, page.status_code
    return {
        re.search(r"official=([a-z0-9-]+)", url).group(1): url.replace("&amp;", "&")
        for url in re.findall(r'<code class="calendar-feed-url">([^<]+)</code>', page.text)
    }


def test_official_feed(client, made):
    urls = feed_urls(client)
    assert set(urls) == {"prezydent", "zastepca-1", "zastepca-2"}
    anonymous = client(None)
    got = anonymous.get(urls["prezydent"])
    assert got.status_code == 200, got.text[:500]
    assert got.headers["Content-Type"].startswith("text/calendar")
    cache = got.headers["Cache-Control"]
    assert "private" in cache and "no-store" in cache and "public" not in cache
    events = summaries(got.content)
    assert set(events) == {"Rozmowa z inwestorem", "Otwarcie hali sportowej"}
    start = events["Rozmowa z inwestorem"]["dtstart"].dt
    assert start == at(1, 9)
    assert str(events["Otwarcie hali sportowej"]["location"]) == "Hala przy ul. Sportowej"
    assert "Jan Tajny" not in got.text and "Poufna" not in got.text
    deputy = summaries(anonymous.get(urls["zastepca-1"]).content)
    assert set(deputy) == {"Wizyta zastępcy"}


def test_wrong_token_is_404(client, made, portal_url):
    urls = feed_urls(client)
    good = urls["prezydent"]
    token = good.rsplit("token=", 1)[1]
    wrong = [
        good.replace(token, token[:-1] + ("A" if token[-1] != "A" else "B")),
        good.replace(token, ""),
        good.replace("official=prezydent", "official=zastepca-1"),
        good.replace("official=prezydent", "official=nikt"),
        f"{portal_url}/@@kalendarz.ics",
    ]
    for url in wrong:
        got = client(None).get(url)
        assert got.status_code == 404, url
        assert "Rozmowa" not in got.text


def test_new_token_invalidates_old(client, made, fportal):
    old = feed_urls(client)["prezydent"]
    assert client(None).get(old).status_code == 200
    clerk = client("clerk")
    page = clerk.get(f"{URL}/@@calendar-officials", headers={"Accept": "text/html"})
    authenticator = re.search(r'name="_authenticator" value="([^"]+)"', page.text).group(1)
    done = clerk.post(
        f"{URL}/@@calendar-new-token",
        data={"official": "prezydent", "_authenticator": authenticator},
        headers={"Accept": "text/html"},
    )
    assert done.status_code == 200
    new = feed_urls(client)["prezydent"]
    assert new != old
    assert client(None).get(old).status_code == 404
    assert client(None).get(new).status_code == 200
    # Without the authenticator nothing changes.
    refused = clerk.post(f"{URL}/@@calendar-new-token", data={"official": "prezydent"})
    assert refused.status_code >= 400
    assert feed_urls(client)["prezydent"] == new


@pytest.mark.parametrize("user", ["woik", "press", "outsider", "mayor", None])
def test_only_the_office_sees_the_addresses(client, made, user):
    page = client(user).get(
        f"{URL}/@@calendar-officials", headers={"Accept": "text/html"}, allow_redirects=False
    )
    assert page.status_code in (302, 401, 403, 404), (user, page.status_code)
    assert "token=" not in page.text


def test_public_calendar(client, made, fportal):
    for user in (None, "woik", "clerk"):
        page = client(user).get("kalendarz-prezydenta", headers={"Accept": "text/html"})
        assert page.status_code == 200
        text = page.text
        assert "Otwarcie hali sportowej" in text and "Dzień Seniora" in text
        assert "Hala przy ul. Sportowej" in text
        assert "Prezydent Miasta" in text
        for hidden in (
            "Rozmowa z inwestorem",
            "Odwołana narada",
            "Wizyta zastępcy",
            "Jan Tajny",
            "Poufna",
        ):
            assert hidden not in text, (user, hidden)
    got = client(None).get("@@kalendarz-prezydenta.ics")
    assert got.status_code == 200
    assert set(summaries(got.content)) == {"Otwarcie hali sportowej", "Dzień Seniora"}


def test_tokens_are_random_and_kept(portal):
    first = feeds.token_for("prezydent")
    assert len(first) >= 40
    assert feeds.token_for("prezydent") == first
    assert feeds.token_for("zastepca-1") != first
    assert feeds.valid("prezydent", first)
    assert not feeds.valid("prezydent", first.upper())
    assert not feeds.valid("zastepca-1", first)


@pytest.mark.parametrize("path", ["", "mapa-strony", "kontakt"])
def test_public_calendar_linked(client, portal_url, path):
    page = client(None).get(path, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert f'href="{portal_url}/kalendarz-prezydenta"' in page.text, path
