"""Anonymous pages through Varnish: kept for what Plone says, per variant (a page, REST),
other cookies ignored, PURGE only from Zope's address."""

from tests.proxy.conftest import anonymous
from tests.proxy.conftest import publish_news

import http.client


def test_anonymous_page_is_kept(proxied, editor):
    url = publish_news(proxied, editor, "festyn", "Festyn miejski")
    first, second = anonymous(url), anonymous(url)
    assert first.status_code == second.status_code == 200
    assert first.headers["X-Cache"] == "MISS"
    assert second.headers["X-Cache"] == "HIT"
    assert "Age" in second.headers
    assert "s-maxage=10" in second.headers["Cache-Control"]
    assert second.text == first.text
    assert "Festyn miejski" in second.text
    # Another cookie (statistics, consent) changes nothing: the same kept copy.
    tracked = anonymous(url, cookies={"_ga": "GA1.1.123", "cookie_consent": "yes"})
    assert tracked.headers["X-Cache"] == "HIT"
    assert tracked.text == first.text


def test_rest_and_page_are_kept_apart(proxied, editor):
    url = publish_news(proxied, editor, "koncert", "Koncert w parku")
    # Each copy asked again at once: a HIT does not depend on how slow the machine is.
    page, again = anonymous(url), anonymous(url)
    assert again.headers["X-Cache"] == "HIT"
    assert again.headers["Content-Type"].startswith("text/html")
    assert again.text == page.text
    rest, rest_again = anonymous(url, json_api=True), anonymous(url, json_api=True)
    assert rest.headers["X-Cache"] == "MISS"  # not the page's copy
    assert rest_again.headers["X-Cache"] == "HIT"
    assert rest_again.json()["title"] == "Koncert w parku"
    assert rest_again.headers["Content-Type"].startswith("application/json")
    assert anonymous(url).text == page.text  # the page is still the page


def test_gzip_and_plain_each_kept(proxied, editor):
    """A client without gzip gets its own copy, kept unzipped: no unzipping per answer (its
    length is known, not chunked)."""
    url = publish_news(proxied, editor, "kiermasz", "Kiermasz świąteczny")
    answers = {}
    for encoding in ("gzip", "identity"):
        headers = {"Accept-Encoding": encoding}
        anonymous(url, headers=headers)
        answers[encoding] = anonymous(url, headers=headers, stream=True)
        assert answers[encoding].headers["X-Cache"] == "HIT"
    plain, zipped = answers["identity"], answers["gzip"]
    assert "Content-Encoding" not in plain.headers
    body = plain.raw.read()
    assert int(plain.headers["Content-Length"]) == len(body)
    assert "Kiermasz świąteczny" in body.decode()
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert int(zipped.headers["Content-Length"]) < len(body) / 2


def purge(proxied, path, source):
    """``PURGE path`` sent to Varnish from the local address ``source``."""
    conn = http.client.HTTPConnection(
        "127.0.0.1", proxied.varnish.port, timeout=30, source_address=(source, 0)
    )
    try:
        conn.request("PURGE", path)
        return conn.getresponse().status
    finally:
        conn.close()


def test_purge_only_from_zope(proxied, editor):
    url = publish_news(proxied, editor, "dozynki", "Dożynki miejskie")
    path = url.removeprefix(proxied.varnish.base_url)
    anonymous(url)
    assert purge(proxied, path, "127.0.0.2") == 405  # another address: refused
    assert anonymous(url).headers["X-Cache"] == "HIT"
    assert purge(proxied, path, "127.0.0.1") == 200  # Zope's address
    assert anonymous(url).headers["X-Cache"] == "MISS"


def test_unmarked_responses_are_not_kept(proxied):
    """A 404 (no Cache-Control from Plone) is not kept: it may exist a second later."""
    missing = f"{proxied.site}/aktualnosci/jeszcze-nie-ma"
    for _ in range(2):
        response = anonymous(missing)
        assert response.status_code == 404
        assert response.headers["X-Cache"] != "HIT"
