"""A change reaches anonymous visitors through Varnish at once: Plone purges the item, its
parent's listing and the home page (plone.cachepurging, kancelaria.caching.proxy) when an
editor edits, publishes or retracts it."""

from tests.ops.conftest import interpellation
from tests.proxy.conftest import anonymous
from tests.proxy.conftest import as_user
from tests.proxy.conftest import publish_news
from tests.proxy.conftest import seen
from tests.proxy.conftest import settle


def kept(proxied, *urls):
    """Each URL answered from Varnish (asked twice: the second is a HIT), once the PURGEs of
    what was done before have landed."""
    settle(proxied)
    for url in urls:
        anonymous(url)
        assert anonymous(url).headers["X-Cache"] == "HIT", url


def test_an_edit_reaches_item_listing_and_home(proxied, editor):
    url = publish_news(proxied, editor, "festyn-lato", "Festyn letni")
    listing, home = f"{proxied.site}/aktualnosci", proxied.site
    kept(proxied, url, listing, home)
    anonymous(url, json_api=True)
    changed = editor.patch(url, json={"title": "Festyn letni przeniesiony"}, timeout=60)
    assert changed.status_code == 204
    for page in (url, listing, home):
        seen(page, lambda r: "Festyn letni przeniesiony" in r.text)
    seen(url, lambda r: r.json()["title"] == "Festyn letni przeniesiony", json_api=True)


def test_a_publication_reaches_listing_and_home(proxied, editor):
    listing, home = f"{proxied.site}/aktualnosci", proxied.site
    kept(proxied, listing, home)
    publish_news(proxied, editor, "nowa-linia", "Nowa linia autobusowa")
    for page in (listing, home):
        seen(page, lambda r: "Nowa linia autobusowa" in r.text)


def test_a_retracted_item_is_gone_at_once(proxied, editor):
    url = publish_news(proxied, editor, "odwolany", "Koncert odwołany z listy")
    listing, home = f"{proxied.site}/aktualnosci", proxied.site
    kept(proxied, url, listing, home)
    anonymous(url, json_api=True)
    assert anonymous(url, json_api=True).headers["X-Cache"] == "HIT"
    retracted = editor.post(f"{url}/@workflow/retract", timeout=60)
    assert retracted.status_code == 200, retracted.text
    seen(url, lambda r: "Koncert odwołany z listy" not in r.text)
    seen(url, lambda r: r.status_code == 401, json_api=True)
    for page in (listing, home):
        seen(page, lambda r: r.status_code == 200 and "Koncert odwołany z listy" not in r.text)


def test_an_interpellation_reaches_its_register(proxied):
    admin = as_user("admin", json_api=True)
    register = f"{proxied.site}/interpelacje"
    case = admin.post(register, json=interpellation("Dziury na Lipowej"), timeout=60)
    assert case.status_code == 201, case.text
    url = case.json()["@id"]
    kept(proxied, register)
    assert "Dziury na Lipowej" not in anonymous(register).text  # registered: staff only
    routed = admin.post(f"{url}/@route", json={"departments": ["WOIK"]}, timeout=60)
    assert routed.status_code < 300, routed.text  # forwarded: public
    seen(register, lambda r: "Dziury na Lipowej" in r.text)
    kept(proxied, url, register)
    assert admin.patch(url, json={"title": "Dziury na ulicy Lipowej"}, timeout=60).ok
    for page in (url, register):
        seen(page, lambda r: "Dziury na ulicy Lipowej" in r.text)
