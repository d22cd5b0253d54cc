"""A site at 1005 (before the press office) upgrades to 1006: the clippings' type, workflow,
permissions and indexes, the press behaviors of Plone's news types, the press office's
records and desk arrive; what the office had set stays.

``tests/setup/profile_1005.tar.gz`` is the profile as released at 1005.
"""

from kancelaria.press import upgrade
from plone import api
from tests.press.conftest import make_clipping
from tests.press.conftest import make_news
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

COLUMNS = (
    "clipping_date",
    "clipping_medium",
    "clipping_medium_kind",
    "clipping_tone",
    "clipping_author",
    "press_kind",
    "campaigns",
)
BEHAVIORS = {
    "News Item": "kancelaria.press_release",
    "Event": "kancelaria.press_conference",
    "Document": "kancelaria.campaign",
}


@pytest.fixture
def site_1005(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1005 made, with a news item already there."""
    with released_profile("1005", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["PressClipping"])
        portal.portal_workflow.manage_delObjects(["kancelaria_clipping_workflow"])
        for portal_type, behavior in BEHAVIORS.items():
            fti = portal.portal_types[portal_type]
            fti.behaviors = tuple(b for b in fti.behaviors if b != behavior)
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        catalog = portal.portal_catalog
        catalog.manage_delIndex(list(upgrade.INDEXES))
        catalog.manage_delColumn(list(COLUMNS))
        registry = portal.portal_registry
        for name in [n for n in registry.records.keys() if n.startswith("kancelaria.press.")]:
            del registry.records[name]
        office = portal["kancelaria"]
        office.manage_delLocalRoles(["biuro-prasowe"])
        office["prasa"].manage_delProperties(["layout"])  # 1005: the register's own view
        make_news(portal["aktualnosci"], "published", title="Stara aktualność")
    setup_tool.setLastVersionForProfile("kancelaria:default", "1005")


def test_site_1005_has_no_press_office(portal, site_1005):
    assert portal["kancelaria"]["prasa"].getLayout() == "register"
    assert "PressClipping" not in portal.portal_types
    assert "press_kind" not in portal.portal_catalog.indexes()
    assert "kancelaria.press_release" not in portal.portal_types["News Item"].behaviors
    assert "kancelaria.press.contact_email" not in portal.portal_registry.records


def test_upgrade_1005_to_1006(portal, setup_tool, site_1005):
    api.portal.set_registry_record("kancelaria.unit_symbol", "UM")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("PressClipping") == (
        "kancelaria_clipping_workflow",
    )
    assert set(upgrade.INDEXES) <= set(portal.portal_catalog.indexes())
    assert set(COLUMNS) <= set(portal.portal_catalog.schema())
    for portal_type, behavior in BEHAVIORS.items():
        assert behavior in portal.portal_types[portal_type].behaviors
    assert api.portal.get_registry_record("kancelaria.press.contact_email") == (
        "kpm@swietochlowice.pl"
    )
    assert "budzet-obywatelski" in api.portal.get_registry_record("kancelaria.press.campaigns")
    assert api.portal.get_registry_record("kancelaria.unit_symbol") == "UM"
    prasa = portal["kancelaria"]["prasa"]
    assert "PressClipping" in [t.getId() for t in prasa.allowedContentTypes()]
    assert prasa.getLayout() == "clippings"
    assert "CaseWorker" in portal["kancelaria"].get_local_roles_for_userid("biuro-prasowe")
    # The old news item is in the listing; a new press release and a clipping can be made.
    catalog = portal.portal_catalog
    assert catalog(portal_type="News Item", Title="Stara aktualność")
    release = make_news(portal["aktualnosci"], "published", title="Komunikat", press_release=True)
    assert catalog(press_kind="release")[0].UID == release.UID()
    clipping = make_clipping(prasa, "published")
    assert catalog(clipping_tone="positive")[0].UID == clipping.UID()


def test_upgrade_runs_twice(portal, setup_tool, site_1005):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        api.portal.set_registry_record("kancelaria.press.contact_name", "Rzecznik")
        upgrade.update()
    assert api.portal.get_registry_record("kancelaria.press.contact_name") == "Rzecznik"
