"""A site at 1007 (plone.app.caching purging only its stock types) upgrades to 1008 and
purges a caching proxy for the product's public types too: an interpellation's change
purges its page, its register and the home page; a type the office added stays; the proxy's
address is left to the start command. Running it again changes nothing."""

from kancelaria.caching import upgrade
from plone import api
from plone.cachepurging.utils import getPathsToPurge
from tests.interpellations.conftest import _make
from tests.setup.released import current_version

import pytest

TYPES = "plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes"
ENABLED = "plone.cachepurging.interfaces.ICachePurgingSettings.enabled"
PROXIES = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"
STOCK = ("File", "Image", "News Item")  # what plone.app.caching (and 1007) purged


@pytest.fixture
def site_1007(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record(TYPES, (*STOCK, "Collection"))  # the office's own
        api.portal.set_registry_record(PROXIES, ("http://varnish.example:6081",))
        setup_tool.setLastVersionForProfile("kancelaria:default", "1007")


def test_site_1007_purges_stock_types_only(site_1007):
    assert "Interpellation" not in api.portal.get_registry_record(TYPES)


def test_upgrade_1007_to_1008(portal, setup_tool, site_1007):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    purged = api.portal.get_registry_record(TYPES)
    for portal_type in ("Interpellation", "BulletinIssue", "ActivityReport", "Document"):
        assert portal_type in purged
    assert "Collection" in purged  # kept
    assert api.portal.get_registry_record(ENABLED)
    assert api.portal.get_registry_record(PROXIES) == ("http://varnish.example:6081",)
    case = _make(portal["interpelacje"], "forwarded", "Oświetlenie ulicy Polnej")
    paths = set(getPathsToPurge(case, portal.REQUEST))
    path = "/" + case.virtual_url_path()
    assert {path, f"{path}/view", "/plone/interpelacje", "/plone"} <= paths


def test_the_upgrade_runs_twice(setup_tool, site_1007):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        once = api.portal.get_registry_record(TYPES)
        upgrade.update()
    assert api.portal.get_registry_record(TYPES) == once
