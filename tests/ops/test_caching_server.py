"""The public site as served by ``make start`` (etc/zope.ini.in: waitress, the shared cache
and the gzip filter): anonymous pages and bundles compressed on the wire, cached and
revalidated; nothing of a logged-in user kept."""

from tests.ops.conftest import ADMIN
from tests.ops.conftest import admin_session

import re
import requests
import time

GZIP = {"Accept-Encoding": "gzip, deflate"}


def test_compressed_cached_and_revalidated(instance):
    instance.start()
    site = f"{instance.base_url}/Plone"
    plain = requests.get(site, headers={"Accept-Encoding": "identity"}, timeout=60)
    assert plain.status_code == 200
    assert "Content-Encoding" not in plain.headers
    page = requests.get(site, headers=GZIP, stream=True, timeout=60)
    wire = len(page.raw.read(decode_content=False))
    assert page.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page.headers["Vary"]
    assert "s-maxage=10" in page.headers["Cache-Control"]
    assert wire < len(plain.content) / 3, (wire, len(plain.content))
    etag = page.headers["ETag"]
    assert etag.startswith("W/")
    assert (
        requests.get(site, headers={**GZIP, "If-None-Match": etag}, timeout=60).status_code == 304
    )
    bundles = re.findall(r'(?:src|href)="([^"]+\.min\.(?:js|css)[^"]*)"', plain.text)
    assert bundles
    for url in bundles:
        response = requests.get(url, headers=GZIP, stream=True, timeout=60)
        body = response.raw.read(decode_content=False)
        assert response.status_code == 200, url
        assert response.headers.get("Content-Encoding") == "gzip", url
        assert len(body) < int(requests.head(url, timeout=60).headers.get("Content-Length", 10**9))
        assert "max-age=" in response.headers["Cache-Control"], url


def test_shared_cache_for_anonymous_only(instance):
    """The server's shared cache (etc/zope.ini.in) keeps anonymous pages 10 s: a logged-in
    user's page is never kept nor served from it; an edit reaches anonymous within that."""
    instance.start()
    site = f"{instance.base_url}/Plone"
    admin = admin_session()
    created = admin.post(
        f"{site}/aktualnosci",
        json={"@type": "News Item", "id": "festyn", "title": "Festyn miejski"},
        timeout=60,
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    assert admin.post(f"{url}/@workflow/publish", timeout=60).status_code == 200
    first = requests.get(url, timeout=60)
    kept = requests.get(url, timeout=60)
    assert "X-Cache" not in first.headers
    assert kept.headers["X-Cache"] == "HIT"
    assert kept.text == first.text
    staff = requests.get(url, auth=ADMIN, timeout=60)
    assert "X-Cache" not in staff.headers
    assert "no-store" in staff.headers["Cache-Control"]
    assert "personaltools-logout" in staff.text
    anon = requests.get(url, timeout=60)
    assert "personaltools-logout" not in anon.text
    rest = admin.get(url, timeout=60)
    assert "X-Cache" not in rest.headers
    assert "no-store" in rest.headers["Cache-Control"]

    assert admin.patch(url, json={"title": "Festyn przeniesiony"}, timeout=60).status_code == 204
    for _ in range(60):  # the kept copy lives at most its max-age (10 s), then Zope answers
        page = requests.get(url, timeout=60)
        if "Festyn przeniesiony" in page.text:
            break
        assert page.headers["X-Cache"] == "HIT"
        assert int(page.headers["Age"]) <= 10
        time.sleep(0.5)
    assert "Festyn przeniesiony" in page.text
