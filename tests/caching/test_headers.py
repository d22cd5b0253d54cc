"""Headers of each page type over the layer's real WSGI server: anonymous pages cached
briefly and revalidated (ETag, 304, RAM cache); anything a logged-in user gets, a draft
answer or a private item never cached, never public."""

from tests.caching.conftest import DRAFT

import pytest

PRIVATE = "private, no-cache, no-store, max-age=0"


def public(response):
    """Marked for shared caches (the server's own, a proxy)."""
    control = response.headers.get("Cache-Control", "")
    return "public" in control or ("s-maxage=" in control and "s-maxage=0" not in control)


def test_anonymous_news_item_cached_briefly_with_etag(http, news):
    anon = http()
    url = news["published"].absolute_url()
    first = anon.get(url)
    assert first.status_code == 200
    assert "Festyn miejski" in first.text
    assert first.headers["X-Cache-Rule"] == "plone.content.itemView"
    # Shared caches 10 s; browsers revalidate every time (after a log-in, never the
    # anonymous copy).
    assert first.headers["Cache-Control"] == "max-age=0, s-maxage=10, must-revalidate"
    assert "Accept" in first.headers["Vary"]
    etag = first.headers["ETag"]
    again = anon.get(url)
    assert again.status_code == 200
    assert again.headers.get("X-RAMCache")  # the second from Zope's RAM cache
    assert again.text == first.text
    revalidated = anon.get(url, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304
    assert revalidated.content == b""
    weak = anon.get(url, headers={"If-None-Match": f"W/{etag}"})  # after the gzip filter
    assert weak.status_code == 304


@pytest.mark.parametrize(
    "path,rule",
    [
        ("", "plone.content.folderView"),
        ("aktualnosci", "plone.content.folderView"),
        ("interpelacje", "plone.content.folderView"),
        ("patronaty", "plone.content.folderView"),
        ("biuletyn", "plone.content.folderView"),
        ("sprawozdania", "plone.content.folderView"),
        ("kalendarz-prezydenta", "plone.content.folderView"),
    ],
)
def test_anonymous_public_pages(http, portal_url, path, rule):
    response = http().get(f"{portal_url}/{path}")
    assert response.status_code == 200
    assert response.headers["X-Cache-Rule"] == rule
    assert public(response)
    assert response.headers["ETag"]


def test_status_check_form_never_cached(http, portal_url):
    response = http().get(f"{portal_url}/sprawdz-sprawe")
    assert response.status_code == 200
    assert response.headers["X-Cache-Rule"] == "kancelaria.noCache"
    assert not public(response)
    assert "ETag" not in response.headers
    assert not http().get(f"{portal_url}/sprawdz-sprawe").headers.get("X-RAMCache")


@pytest.mark.parametrize("user", ["clerk", "press", "mayor", "woik", "outsider", "admin"])
def test_logged_in_pages_never_cached(http, client, news, user):
    session = client(user).session if user == "admin" else http(user)
    if user == "admin":
        session.headers["Accept"] = "text/html"
    url = news["published"].absolute_url()
    for _ in range(2):
        page = session.get(url)
        assert page.status_code == 200
        assert page.headers["Cache-Control"] == PRIVATE
        assert "ETag" not in page.headers
        assert not page.headers.get("X-RAMCache")


def test_staff_page_never_reaches_anonymous(http, news):
    url = news["published"].absolute_url()
    staff = http("press").get(url)
    assert "/edit" in staff.text  # the press office's page: its editing actions
    assert "personaltools-logout" in staff.text
    for _ in range(3):
        anon = http().get(url)
        assert anon.status_code == 200
        assert "/edit" not in anon.text
        assert "personaltools-logout" not in anon.text


def test_private_item_never_stored_or_public(http, news):
    url = news["private"].absolute_url()
    for _ in range(2):
        anon = http().get(url, allow_redirects=False)
        assert anon.status_code in (302, 401, 403)
        assert not public(anon)
        assert "Projekt komunikatu" not in anon.text
    staff = http("press").get(url)
    assert staff.status_code == 200
    assert staff.headers["Cache-Control"] == PRIVATE
    assert "Projekt komunikatu" not in http().get(url).text


def test_draft_answer_never_reaches_anonymous(http, client, in_review):
    url = in_review.absolute_url()
    mayor = http("mayor").get(url)
    assert DRAFT in mayor.text
    assert mayor.headers["Cache-Control"] == PRIVATE
    rest = client("mayor").get(url)
    assert rest.headers["Cache-Control"] == PRIVATE
    for _ in range(3):
        anon = http().get(url)
        assert anon.status_code == 200
        assert "Oświetlenie ulicy Polnej" in anon.text
        assert DRAFT not in anon.text
        anon_rest = client().get(url)
        assert anon_rest.status_code == 200
        assert DRAFT not in anon_rest.text


def test_rest_anonymous_cached_authenticated_never(client, http, news):
    url = news["published"].absolute_url()
    http().get(url)  # the HTML page first, into the RAM cache under the same URL
    anon = client().get(url)
    assert anon.status_code == 200
    assert anon.headers["Content-Type"].startswith("application/json")
    assert anon.json()["title"] == "Festyn miejski"
    assert anon.headers["X-Cache-Rule"] == "plone.content.dynamic"
    assert public(anon)
    assert "Accept" in anon.headers["Vary"]
    again = client().get(url)
    assert again.headers["Content-Type"].startswith("application/json")
    for user in ("press", "clerk", "outsider"):
        rest = client(user).get(url)
        assert rest.status_code == 200
        assert rest.headers["Cache-Control"] == PRIVATE
        assert "ETag" not in rest.headers
        assert not rest.headers.get("X-RAMCache")


def test_resources_cached_long(http, portal_url):
    page = http().get(portal_url)
    import re

    bundles = re.findall(r'(?:src|href)="([^"]+\.min\.(?:js|css)[^"]*)"', page.text)
    assert bundles
    for url in bundles[:3]:
        response = http().get(url)
        assert response.status_code == 200
        control = response.headers["Cache-Control"]
        assert "public" in control
        max_age = int(control.split("max-age=")[1].split(",")[0])
        assert max_age >= 86400, (url, control)
        staff = http("press").get(url)
        assert "no-store" not in staff.headers["Cache-Control"], url
