"""A site at 1006 upgrades to 1007 with the mayor's calendar: the type, its workflow and
permissions, ``/kancelaria/kalendarz`` takes appointments and shows the week, the officials'
record exists (the office's values kept on a second run), and the desk has its queue."""

from plone import api
from tests.calendar.conftest import at
from tests.calendar.conftest import make_appointment
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

RECORD = "kancelaria.calendar.officials"


@pytest.fixture
def site_1006(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1006 made."""
    with released_profile("1006", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["Appointment"])
        portal.portal_workflow.manage_delObjects(["kancelaria_appointment_workflow"])
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        portal.portal_catalog.delIndex("officials")
        portal.portal_catalog.delColumn("officials")
        registry = portal.portal_registry
        for name in list(registry.records.keys()):
            if name.startswith("kancelaria.calendar."):
                del registry.records[name]
        folder = portal["kancelaria"]["kalendarz"]
        folder.manage_delProperties(["layout"])
        setup_tool.setLastVersionForProfile("kancelaria:default", "1006")


def test_site_1006_has_no_calendar(portal, site_1006):
    assert "Appointment" not in portal.portal_types
    assert api.portal.get_registry_record(RECORD, default=None) is None
    assert portal["kancelaria"]["kalendarz"].getLayout() != "calendar-week"


def test_upgrade_1006_to_1007(portal, setup_tool, site_1006):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("Appointment") == (
        "kancelaria_appointment_workflow",
    )
    folder = portal["kancelaria"]["kalendarz"]
    assert "Appointment" in {t.getId() for t in folder.allowedContentTypes()}
    assert folder.getLayout() == "calendar-week"
    officials = api.portal.get_registry_record(RECORD)
    assert [row["id"] for row in officials] == ["prezydent", "zastepca-1", "zastepca-2"]
    assert "officials" in portal.portal_catalog.indexes()
    made = make_appointment(portal, "public", start=at(0, 10), officials=["zastepca-2"])
    found = portal.portal_catalog(officials="zastepca-2", portal_type="Appointment")
    assert [b.UID for b in found] == [made.UID()]
    # The office's officials stay through a second run.
    api.portal.set_registry_record(
        RECORD, [{"id": "prezydent", "fullname": "Anna Nowak", "function": "Prezydent Miasta"}]
    )
    from kancelaria.upgrades import to_1007

    with api.env.adopt_roles(["Manager"]):
        to_1007.upgrade(setup_tool)
    assert api.portal.get_registry_record(RECORD)[0]["fullname"] == "Anna Nowak"
