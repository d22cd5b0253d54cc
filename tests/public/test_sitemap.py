"""The site map: ``/sitemap.xml.gz`` (enabled by the profile) holds public content only —
nothing of the internal area, not even what it publishes, no private item — read as a
search engine reads it; the page ``/mapa-strony`` names the public sections, their latest
publications and the office's pages, and every page's footer links it."""

from lxml import etree
from lxml import html as lxml_html
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.gallery.conftest import make_gallery
from tests.interpellations.conftest import _make as make_interpellation

import gzip
import pytest
import transaction

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def content(fportal):
    with api.env.adopt_roles(["Manager"]):
        news = api.content.create(
            container=fportal["aktualnosci"],
            type="News Item",
            title="Budżet obywatelski 2027",
            text=RichTextValue("<p>Głosowanie.</p>", "text/html", "text/x-html-safe"),
        )
        api.content.transition(obj=news, transition="publish")
        draft = api.content.create(
            container=fportal["aktualnosci"], type="News Item", title="Szkic komunikatu"
        )
    made = {
        "news": news,
        "draft": draft,
        "public_case": make_interpellation(
            fportal["interpelacje"], "forwarded", "Interpelacja w sprawie parku"
        ),
        "registered_case": make_interpellation(
            fportal["interpelacje"], "registered", "Interpelacja jeszcze niepubliczna"
        ),
        "gallery": make_gallery(fportal, title="Galeria z otwarcia parku", state="published"),
    }
    transaction.commit()
    return made


def gunzip(response):
    assert response.status_code == 200, response.status_code
    return etree.fromstring(gzip.decompress(response.content))


def sitemap_urls(client, portal_url):
    anonymous = client(None).session
    index = gunzip(anonymous.get(f"{portal_url}/sitemap.xml.gz"))
    urls = []
    for loc in index.xpath("//s:sitemap/s:loc/text()", namespaces=NS):
        page = gunzip(anonymous.get(loc.strip()))
        urls += [u.strip() for u in page.xpath("//s:url/s:loc/text()", namespaces=NS)]
    return urls


def test_sitemap_xml_holds_public_content_only(client, portal_url, content):
    assert api.portal.get_registry_record("plone.enable_sitemap") is True
    urls = sitemap_urls(client, portal_url)
    assert portal_url in urls
    for key in ("news", "public_case"):
        assert content[key].absolute_url() in urls, key
    for path in ("aktualnosci", "interpelacje", "kontakt", "deklaracja-dostepnosci"):
        assert f"{portal_url}/{path}" in urls, path
    for key in ("draft", "registered_case", "gallery"):
        assert not [u for u in urls if u.startswith(content[key].absolute_url())], key
    internal = f"{portal_url}/kancelaria"
    assert not [u for u in urls if u == internal or u.startswith(internal + "/")]


def test_sitemap_page(client, portal_url, content):
    for user in (None, "clerk"):
        response = client(user).session.get(
            f"{portal_url}/mapa-strony", headers={"Accept": "text/html"}
        )
        assert response.status_code == 200, (user, response.status_code)
        tree = lxml_html.fromstring(response.text)
        links = {a.get("href") for a in tree.cssselect("#content-core a")}
        for path in ("aktualnosci", "interpelacje", "patronaty", "biuletyn", "sprawozdania"):
            assert f"{portal_url}/{path}" in links, (user, path)
        for path in ("kontakt", "deklaracja-dostepnosci", "sprawdz-sprawe"):
            assert f"{portal_url}/{path}" in links, (user, path)
        assert content["news"].absolute_url() in links
        assert content["public_case"].absolute_url() in links
        assert content["gallery"].absolute_url() in links
        # Never the internal area, never what visitors cannot see, whoever reads.
        for key in ("draft", "registered_case"):
            assert content[key].absolute_url() not in links, (user, key)
        assert not [link for link in links if "/kancelaria" in link and "/prasa/" not in link]
        # The footer links the site map on every page.
        footer = tree.cssselect("#portal-footer-wrapper a")
        assert f"{portal_url}/mapa-strony" in {a.get("href") for a in footer}
