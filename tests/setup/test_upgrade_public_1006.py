"""A site at 1005 upgrades to 1006 with the public site's part: the Gallery type, its
workflow and permission (the press archive takes galleries), the sitemap for search
engines, the contact page drawn from the registry (its old copy of the data removed while
the office left it unchanged), the home page's layout; what the office chose stays.

``profile_1005.tar.gz`` is the released 1005 profile.
"""

from kancelaria import public
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

#: The contact page as 1005 made it (``content/kontakt.html`` then).
OLD_TEXT = public.OLD_CONTACT_BLOCK + (
    "<p>Status sprawy …</p>\n<h3>Zakres działania</h3>\n<p>Do podstawowego zakresu …</p>"
)


@pytest.fixture
def site_1005(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1005 made."""
    with released_profile("1005", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["Gallery"])
        portal.portal_workflow.manage_delObjects(["kancelaria_gallery_workflow"])
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        api.portal.set_registry_record("plone.enable_sitemap", False)
        portal.portal_actions.site_actions.sitemap.visible = True
        page = portal["kontakt"]
        page.text = RichTextValue(OLD_TEXT, "text/html", "text/x-html-safe")
        page.manage_delProperties(["layout"])
        ISelectableConstrainTypes(portal["kancelaria"]["prasa"]).setLocallyAllowedTypes([])
    setup_tool.setLastVersionForProfile("kancelaria:default", "1005")


def test_site_1005_has_no_galleries(portal, site_1005):
    assert "Gallery" not in portal.portal_types
    assert portal["kontakt"].getLayout() != "kancelaria-contact"


def test_upgrade_1005_to_1006(portal, setup_tool, site_1005):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("Gallery") == (
        "kancelaria_gallery_workflow",
    )
    prasa = portal["kancelaria"]["prasa"]
    assert "Gallery" in {t.getId() for t in prasa.allowedContentTypes()}
    assert api.portal.get_registry_record("plone.enable_sitemap") is True
    # The footer's "Mapa strony" replaces Plone's own site map action.
    assert portal.portal_actions.site_actions.sitemap.visible is False
    page = portal["kontakt"]
    assert page.getLayout() == "kancelaria-contact"
    assert page.text.raw.startswith("<p>Status sprawy")
    assert "<h2>Zakres działania</h2>" in page.text.raw
    assert portal.getLayout() == "kancelaria-home"
    # The press office adds a gallery after the upgrade.
    from tests.gallery.conftest import make_gallery

    gallery = make_gallery(portal, state="published")
    assert api.content.get_state(gallery) == "published"
    # Once more changes nothing.
    before = page.text.raw
    public.update_site_1006()
    assert page.text.raw == before and page.getLayout() == "kancelaria-contact"


def test_upgrade_keeps_the_offices_contact_page(portal, setup_tool, site_1005):
    """A contact page the office rewrote keeps its text (the data show above it)."""
    text = "<p>Nasze dane i godziny przyjęć: poniedziałek 8–16.</p>"
    portal["kontakt"].text = RichTextValue(text, "text/html", "text/x-html-safe")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert portal["kontakt"].text.raw == text
    assert portal["kontakt"].getLayout() == "kancelaria-contact"
