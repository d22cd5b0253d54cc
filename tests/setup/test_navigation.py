"""A register of thousands of cases, or years of news, is never drawn into the navigation
of every page."""

from plone import api
from plone.app.textfield.value import RichTextValue

import lxml.html
import transaction


def test_cases_not_in_navigation(client, fportal):
    with api.env.adopt_roles(["Manager"]):
        for i in range(30):
            case = api.content.create(
                container=fportal["interpelacje"],
                type="Interpellation",
                title=f"Sprawa {i}",
                councillor="jan-nowak",
                text=RichTextValue("<p>Pytanie</p>", "text/html", "text/x-html-safe"),
            )
            api.content.transition(obj=case, transition="forward")
    transaction.commit()
    admin = client("admin").session
    for path in ("", "/kontakt", "/aktualnosci"):
        page = admin.get(fportal.absolute_url() + path, headers={"Accept": "text/html"})
        assert page.status_code == 200
        assert 'href="' + fportal["interpelacje"].absolute_url() + '"' in page.text
        assert fportal["interpelacje"].absolute_url() + "/sprawa-" not in page.text, path


def test_news_items_in_their_listing_not_in_the_navigation(client, fportal):
    news = fportal["aktualnosci"]
    with api.env.adopt_roles(["Manager"]):
        items = [
            api.content.create(container=news, type="News Item", title=f"Festyn numer {i}")
            for i in range(3)
        ]
        for item in items:
            api.content.transition(obj=item, transition="publish")
    transaction.commit()
    anonymous = client(None).session
    for path in ("", "/kontakt", "/aktualnosci", "/interpelacje"):
        page = anonymous.get(fportal.absolute_url() + path, headers={"Accept": "text/html"})
        assert page.status_code == 200
        nav = lxml.html.fromstring(page.text).cssselect("#portal-globalnav")[0]
        hrefs = [a.get("href") for a in nav.cssselect("a")]
        assert news.absolute_url() in hrefs, path
        assert not [h for h in hrefs if h.startswith(news.absolute_url() + "/")], path
    listing = anonymous.get(news.absolute_url(), headers={"Accept": "text/html"}).text
    for item in items:
        assert item.absolute_url() in listing


def test_no_case_type_is_a_navigation_type(portal):
    """Every type with the case behavior stays out of ``plone.displayed_types``."""
    displayed = set(api.portal.get_registry_record("plone.displayed_types"))
    case_types = [
        fti.getId()
        for fti in api.portal.get_tool("portal_types").objectValues()
        if "kancelaria.case" in getattr(fti, "behaviors", ())
    ]
    assert case_types  # the test type at least
    assert not displayed & set(case_types)
    assert "Register" in displayed
    assert "News Item" not in displayed


def test_public_pages_do_not_load_the_datagrid_script(client, fportal):
    anonymous = client(None).session.get(fportal.absolute_url(), headers={"Accept": "text/html"})
    assert "datagridfield" not in anonymous.text
    admin = client("admin").session.get(
        fportal.absolute_url() + "/@@kancelaria-settings", headers={"Accept": "text/html"}
    )
    assert "datagridfield-remote" in admin.text
