"""A site at 1006 (before ceremonies) upgrades to 1007: the type, its workflow and
permissions arrive, the calendar takes ceremonies, the meeting's directive lives in a
ceremony too, the office's anniversaries' record is there and the year's list is made.

``profile_1006.tar.gz`` is the released 1006 profile.
"""

from kancelaria import clock
from kancelaria.ceremonies import calendar
from plone import api
from plone.registry.interfaces import IRegistry
from tests.setup.released import current_version
from tests.setup.released import released_profile
from zope.component import getUtility

import pytest

RECORD = "kancelaria.ceremonies.anniversaries"


@pytest.fixture
def site_1006(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1006 made."""
    with released_profile("1006", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["Ceremony"])
        portal.portal_workflow.manage_delObjects(["kancelaria_ceremony_workflow"])
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        del getUtility(IRegistry).records[RECORD]
        setup_tool.setLastVersionForProfile("kancelaria:default", "1006")


def test_site_1006_has_no_ceremonies(portal, site_1006):
    assert "Ceremony" not in portal.portal_types
    assert RECORD not in getUtility(IRegistry).records


def test_upgrade_1006_to_1007(portal, setup_tool, site_1006):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("Ceremony") == (
        "kancelaria_ceremony_workflow",
    )
    calendar_folder = portal["kancelaria"]["kalendarz"]
    assert "Ceremony" in {t.getId() for t in calendar_folder.allowedContentTypes()}
    assert "Directive" in portal.portal_types["Ceremony"].allowed_content_types
    # The record is there, empty until the office enters the city's own dates.
    assert RECORD in getUtility(IRegistry).records
    assert api.portal.get_registry_record(RECORD) == []
    year = clock.today().year + 1
    with api.env.adopt_roles(["Manager"]):
        created, existing = calendar.generate(calendar_folder, year)
    assert f"swieto-niepodleglosci-{year}" in [c.getId() for c in created]
    assert api.content.get_state(created[0]) == "planned"


def test_the_upgrade_keeps_the_offices_anniversaries(portal, setup_tool, site_1006):
    from kancelaria.ceremonies import upgrade

    rows = [{"month": 6, "day": 20, "title": "Dni Świętochłowic"}]
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        api.portal.set_registry_record(RECORD, rows)
        upgrade.update()
    assert api.portal.get_registry_record(RECORD) == rows
