"""A site at 1005 (no caching: plone.app.caching not installed) upgrades to 1006 and gets
the public site's caching rules; the office's settings stay; running it again changes
nothing.

``profile_1005.tar.gz`` is the released 1005 profile.
"""

from kancelaria.caching import set_up_caching
from plone import api
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

PREFIXES = ("plone.caching.", "plone.app.caching.", "plone.cachepurging.", "kancelaria.caching.")


def caching_records(portal):
    return {
        name: portal.portal_registry[name]
        for name in portal.portal_registry.records.keys()
        if name.startswith(PREFIXES)
    }


@pytest.fixture
def site_1005(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1005 made: no caching records at all."""
    with released_profile("1005", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        records = portal.portal_registry.records
        for name in sorted(caching_records(portal), key=len, reverse=True):  # refs first
            del records[name]
        for done in ("plone.app.caching:default", "kancelaria:caching"):
            setup_tool.unsetLastVersionForProfile(done)
        api.portal.set_registry_record("kancelaria.patronage_min_days", 45)
        setup_tool.setLastVersionForProfile("kancelaria:default", "1005")


def test_site_1005_has_no_caching(portal, site_1005):
    assert caching_records(portal) == {}


def test_upgrade_1005_sets_up_caching(portal, setup_tool, site_1005):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert api.portal.get_registry_record("plone.caching.interfaces.ICacheSettings.enabled")
    mapping = api.portal.get_registry_record(
        "plone.caching.interfaces.ICacheSettings.operationMapping"
    )
    assert mapping["plone.content.itemView"] == "plone.app.caching.terseCaching"
    assert mapping["kancelaria.noCache"] == "plone.app.caching.noCaching"
    assert api.portal.get_registry_record("kancelaria.caching.refresh_seconds") == 60
    assert api.portal.get_registry_record("kancelaria.caching.generation") == 0
    # Listings: browsers revalidate every time, shared caches keep them 10 s.
    terse = "plone.app.caching.terseCaching.plone.content.folderView"
    assert api.portal.get_registry_record(f"{terse}.maxage") == 0
    assert api.portal.get_registry_record(f"{terse}.smaxage") == 10
    assert api.portal.get_registry_record("kancelaria.patronage_min_days") == 45
    # Purging settings arrive with plone.app.caching: no proxy to purge until one is set.
    proxies = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"
    assert not api.portal.get_registry_record(proxies)

    before = caching_records(portal)
    with api.env.adopt_roles(["Manager"]):
        set_up_caching()
    assert caching_records(portal) == before
