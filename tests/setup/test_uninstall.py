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


def test_records_and_groups_stay(uninstalled_site):
    portal, case = uninstalled_site
    assert case.signature
    assert "kancelaria" in portal.objectIds()
    assert api.group.get(groupname="dept-woik") is not None
