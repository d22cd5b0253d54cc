"""A site at 1008 (news items in Plone's navigation types) upgrades to 1009: they leave the
navigation; a type the office added stays. Running it again changes nothing."""

from kancelaria.upgrades import to_1009
from plone import api
from tests.setup.released import current_version

import pytest

DISPLAYED = "plone.displayed_types"


@pytest.fixture
def site_1008(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        displayed = api.portal.get_registry_record(DISPLAYED)
        api.portal.set_registry_record(DISPLAYED, (*displayed, "News Item", "Gallery"))
        setup_tool.setLastVersionForProfile("kancelaria:default", "1008")


def test_upgrade_1008_to_1009(setup_tool, site_1008):
    assert "News Item" in api.portal.get_registry_record(DISPLAYED)
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    displayed = api.portal.get_registry_record(DISPLAYED)
    assert "News Item" not in displayed
    assert {"Register", "Gallery", "Folder", "Document"} <= set(
        displayed
    )  # "Gallery": the office's


def test_the_upgrade_runs_twice(setup_tool, site_1008):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        once = api.portal.get_registry_record(DISPLAYED)
        to_1009.upgrade(setup_tool)
    assert api.portal.get_registry_record(DISPLAYED) == once
