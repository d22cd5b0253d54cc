"""The public site as served by ``make start`` (etc/zope.ini.in: waitress, the gzip filter):
anonymous pages and bundles compressed on the wire, cached and revalidated."""

import re
import requests

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
    assert "public" in page.headers["Cache-Control"]
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
