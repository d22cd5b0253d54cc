"""The public face on a site: what installing makes, and what ``update_public_site`` (the
existing-site part, for an upgrade step) brings to a site made before it."""

from kancelaria import public
from kancelaria import structure
from plone import api
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from zope.component import getMultiAdapter
from zope.component import getUtility

import pytest

BUNDLE = "plone.bundles/kancelaria.csscompilation"


def left_column(context):
    manager = getUtility(IPortletManager, name="plone.leftcolumn", context=context)
    return getMultiAdapter((context, manager), IPortletAssignmentMapping)


def site_action(portal, name):
    return api.portal.get_tool("portal_actions")["site_actions"][name]


def public_face(portal):
    """What the public face consists of, to compare before and after."""
    page = portal.get(structure.DECLARATION)
    return {
        "title": api.portal.get_registry_record("plone.site_title"),
        "portal_title": portal.Title(),
        "logo": api.portal.get_registry_record("plone.site_logo"),
        "contact": public.contact(),
        "bundle": api.portal.get_registry_record(BUNDLE, default=None),
        "declaration": page and (api.content.get_state(page), page.exclude_from_nav),
        "navigation_portlet": "navigation" in left_column(portal),
        "staff_navigation": "navigation" in left_column(portal["kancelaria"]),
        "plone_actions": [
            site_action(portal, name).visible for name in ("accessibility", "contact")
        ],
        "layouts": [portal[path].getLayout() for path in ("aktualnosci", "biuletyn")],
    }


INSTALLED = {
    "title": public.OFFICE_NAME,
    "portal_title": public.OFFICE_NAME,
    "logo": public.logo_record(),
    "contact": {
        "city_hall": "Urząd Miejski w Świętochłowicach",
        "room": "pokój 6",
        "phone": "32 3491 826",
        "email": "kpm@swietochlowice.pl",
        "bip_url": "https://bip.swietochlowice.pl",
    },
    "bundle": "++plone++kancelaria/kancelaria.css",
    "declaration": ("published", True),
    "navigation_portlet": False,
    "staff_navigation": True,
    "plone_actions": [False, False],
    "layouts": ["publications", "bulletin-archive"],
}


def test_installed(portal):
    assert public_face(portal) == INSTALLED


def test_declaration_dates_filled_in(portal):
    text = portal[structure.DECLARATION].text.raw
    assert "{date}" not in text
    assert 'id="a11y-data-publikacja"' in text


def make_old_site(portal):
    """The site as a release before the public face left it."""
    from plone.registry.interfaces import IRegistry
    from Products.CMFPlone.interfaces import IBundleRegistry

    registry = getUtility(IRegistry)
    for name in [n for n in registry.records.keys() if n.startswith(public.PREFIX + ".")]:
        del registry.records[name]
    for name in IBundleRegistry.names():
        key = f"plone.bundles/kancelaria.{name}"
        if key in registry.records:
            del registry.records[key]
    registry["plone.site_title"] = "Plone site"
    registry["plone.site_logo"] = None
    portal.title = "Plone site"
    api.content.delete(portal[structure.DECLARATION])
    from plone.app.portlets.portlets import navigation

    left_column(portal)["navigation"] = navigation.Assignment()
    del left_column(portal["kancelaria"])["navigation"]
    for name in ("accessibility", "contact"):
        site_action(portal, name).visible = True
    for path in ("aktualnosci", "biuletyn"):
        portal[path].manage_delProperties(["layout"])  # Plone's folder listing
        assert portal[path].getLayout() == "listing_view"


def test_update_brings_an_old_site_up_to_date(portal):
    make_old_site(portal)
    assert public.contact()["phone"] == "32 3491 826"  # defaults before the records exist
    assert public_face(portal) != INSTALLED
    public.update_public_site()
    assert public_face(portal) == INSTALLED


def test_update_twice_changes_nothing(portal):
    public.update_public_site()
    first = public_face(portal)
    public.update_public_site()
    assert public_face(portal) == first == INSTALLED


def test_update_keeps_what_the_office_chose(portal):
    """The office's own name, logo, contact data and edited declaration stay."""
    api.portal.set_registry_record("plone.site_title", "Urząd Miejski — Kancelaria")
    api.portal.set_registry_record("plone.site_logo", b"filenameb64:eC5wbmc=;datab64:eA==")
    api.portal.set_registry_record(f"{public.PREFIX}.phone", "32 000 00 00")
    page = portal[structure.DECLARATION]
    page.title = "Deklaracja (wersja urzędu)"
    public.update_public_site()
    assert api.portal.get_registry_record("plone.site_title") == "Urząd Miejski — Kancelaria"
    assert api.portal.get_registry_record("plone.site_logo") == (
        b"filenameb64:eC5wbmc=;datab64:eA=="
    )
    assert public.contact()["phone"] == "32 000 00 00"
    assert portal[structure.DECLARATION].title == "Deklaracja (wersja urzędu)"


@pytest.mark.parametrize("state,late", [("answered", False), ("forwarded", False)])
def test_no_late_note_without_a_late_answer(portal, state, late):
    """Only an answer dated after the deadline is called late (on time: no note; an open
    case: the deadline badge, not this note)."""
    from datetime import timedelta
    from kancelaria.browser.interpellation import InterpellationView
    from tests.interpellations.conftest import _make

    obj = _make(portal["interpelacje"], state, "Terminowa odpowiedź")
    view = InterpellationView(obj, portal.REQUEST)
    assert (view.late_answer() is not None) is late
    if state == "answered":
        obj.answer_date = obj.deadline + timedelta(days=3)
        assert view.late_answer() == {
            "deadline": obj.deadline,
            "answer_date": obj.answer_date,
            "days": 3,
        }
