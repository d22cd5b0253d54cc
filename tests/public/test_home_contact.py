"""The home page and ``/kontakt`` as a visitor reads them: the office and what it does,
the news, the latest bulletin issue and activity report when there are any, links to the
registers and the office's pages; the contact data drawn from the registry, the same as
every page's footer, on the contact page and the home page alike."""

from lxml import html as lxml_html
from plone import api

import pytest
import transaction


@pytest.fixture(autouse=True)
def polish_site(fportal):
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()


def page(client, url):
    response = client(None).session.get(
        url, headers={"Accept": "text/html", "Accept-Language": "pl"}
    )
    assert response.status_code == 200, (url, response.status_code)
    return lxml_html.fromstring(response.text)


def text(element):
    return " ".join(element.text_content().split())


def contact_block(tree):
    (block,) = tree.cssselect("#content .kancelaria-contact-data")
    return text(block)


def footer_block(tree):
    (block,) = tree.cssselect(".kancelaria-footer-contact")
    return text(block)


def test_contact_page_and_footer_agree(client, portal_url, fportal):
    tree = page(client, f"{portal_url}/kontakt")
    data = contact_block(tree)
    for value in (
        "Kancelaria Prezydenta Miasta",
        "pokój 6",
        "32 3491 826",
        "kpm@swietochlowice.pl",
    ):
        assert value in data
    assert data == footer_block(tree)
    # The duties, once: the page's own text, no second copy of the data.
    body = text(tree.cssselect("#content")[0])
    assert "Zakres działania" in body
    assert body.count("32 3491 826") == 1
    # The office changes its phone in the registry: the page and the footer follow.
    api.portal.set_registry_record("kancelaria.public.phone", "32 3491 800")
    transaction.commit()
    tree = page(client, f"{portal_url}/kontakt")
    assert "32 3491 800" in contact_block(tree)
    assert contact_block(tree) == footer_block(tree)
    assert tree.cssselect("#content a.kancelaria-contact-phone")[0].get("href") == (
        "tel:+48323491800"
    )


def test_home_page(client, portal_url, fportal):
    tree = page(client, portal_url)
    content = tree.cssselect("#content")[0]
    assert "Kancelaria Prezydenta Miasta wspomaga obieg dokumentów" in text(content)
    links = {a.get("href") for a in content.cssselect("a")}
    for path in (
        "aktualnosci",
        "interpelacje",
        "patronaty",
        "biuletyn",
        "sprawozdania",
        "kontakt",
        "sprawdz-sprawe",
    ):
        assert f"{portal_url}/{path}" in links, path
    assert not [link for link in links if link.startswith(f"{portal_url}/kancelaria")]
    assert contact_block(tree) == footer_block(tree)
    # No bulletin issue or report published yet: no heading for them.
    assert not content.cssselect(".kancelaria-latest")
