"""A site at 1006 (no research, no broadcasts, no ``/media``) upgrades to 1007 and gets the
media part: the types and their workflows, ``/media`` with its archive and ``@media``, the
recordings' settings, the indexes; an order is published and found there."""

from datetime import datetime
from kancelaria.media.interfaces import IMediaFolder
from plone import api
from plone.registry.interfaces import IRegistry
from tests.setup.released import current_version
from tests.setup.released import released_profile
from zope.component import getUtility

import pytest

TYPES = ("ResearchOrder", "Broadcast")
WORKFLOWS = ("kancelaria_research_workflow", "kancelaria_broadcast_workflow")
INDEXES = ("media_date", "media_medium")


@pytest.fixture
def site_1006(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1006 made."""
    with released_profile("1006", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.manage_delObjects(["media"])
        portal.portal_types.manage_delObjects(list(TYPES))
        portal.portal_workflow.manage_delObjects(list(WORKFLOWS))
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        for index in INDEXES:
            portal.portal_catalog.delIndex(index)
        for column in ("media_date", "media_card"):
            portal.portal_catalog.delColumn(column)
        registry = getUtility(IRegistry)
        for name in [r for r in registry.records.keys() if r.startswith("kancelaria.media.")]:
            del registry.records[name]
        setup_tool.setLastVersionForProfile("kancelaria:default", "1006")


def test_site_1006_has_no_media(portal, site_1006):
    assert "ResearchOrder" not in portal.portal_types
    assert "media" not in portal.objectIds()


def test_upgrade_1006_to_1007(portal, setup_tool, site_1006):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    wf = portal.portal_workflow
    for portal_type, workflow in zip(TYPES, WORKFLOWS, strict=True):
        assert wf.getChainForPortalType(portal_type) == (workflow,)
    media = portal["media"]
    assert {t.getId() for t in media.allowedContentTypes()} == set(TYPES)
    assert media.getLayout() == "media"
    assert IMediaFolder.providedBy(media)
    assert api.content.get_state(media) == "published"
    assert "Clerk" in media.get_local_roles_for_userid("kancelaria")
    assert getUtility(IRegistry)["kancelaria.media.recording_max_mb"] == 500
    for index in INDEXES:
        assert index in portal.portal_catalog.indexes()
    # A study is ordered, delivered, published and found in the archive.
    from kancelaria.media import archive
    from tests.media.conftest import make_broadcast
    from tests.media.conftest import make_research

    make_research(media, state="published", title="Badanie po aktualizacji")
    make_broadcast(media, state="published", air_dates=[datetime(2026, 5, 1, 12, 0)])
    total, brains = archive.search(media, archive.params(media, {}))
    assert total == 2
    assert "Badanie po aktualizacji" in [b.Title for b in brains]


def test_the_upgrade_runs_twice(portal, setup_tool, site_1006):
    from kancelaria.media import upgrade

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        getUtility(IRegistry)["kancelaria.media.recording_max_mb"] = 900
        upgrade.update()
    assert IMediaFolder.providedBy(portal["media"])
    assert portal["media"].getLayout() == "media"
    assert getUtility(IRegistry)["kancelaria.media.recording_max_mb"] == 900  # kept
