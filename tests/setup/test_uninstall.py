"""Uninstalling removes the add-on's machinery and keeps the office's records."""

from plone import api
from plone.base.utils import get_installer

import pytest


@pytest.fixture
def uninstalled_site(portal, make_case):
    case = make_case(title="Zostaje")
    installer = get_installer(portal, portal.REQUEST)
    with api.env.adopt_roles(["Manager"]):
        installer.uninstall_product("kancelaria")
    return portal, case


def test_layer_and_settings_removed(uninstalled_site):
    from kancelaria.interfaces import IKancelariaLayer
    from plone.browserlayer import utils

    assert IKancelariaLayer not in utils.registered_layers()
    assert api.portal.get_registry_record("kancelaria.unit_symbol", default=None) is None
    panel = api.portal.get_tool("portal_controlpanel")
    assert "kancelaria" not in [a.getId() for a in panel.listActions()]


def test_history_ids_from_cmfeditions_again(uninstalled_site):
    """CMFUid's counter gives the ids again, from where it stopped; no id can repeat."""
    from Acquisition import aq_base
    from Products.CMFUid.interfaces import IUniqueIdGenerator
    from zope.component import getUtility

    portal, _case = uninstalled_site
    generator = getUtility(IUniqueIdGenerator)
    assert aq_base(generator) is aq_base(portal.portal_uidgenerator)
    counter = generator._uid_counter
    assert generator() == counter + 1


def test_records_and_groups_stay(uninstalled_site):
    portal, case = uninstalled_site
    assert case.signature
    assert "kancelaria" in portal.objectIds()
    assert api.group.get(groupname="dept-woik") is not None
