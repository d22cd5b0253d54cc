"""A site at 1003 (before meetings) upgrades through 1004: the meetings' and directives' types,
workflows, permissions, indexes and settings arrive; what the office had set stays.

``tests/setup/profile_1003.tar.gz`` is the profile as released at 1003.
"""

from kancelaria import settings
from plone import api
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from tests.meetings.conftest import make_directive
from tests.meetings.conftest import make_meeting
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

TYPES = ("Meeting", "Directive")
WORKFLOWS = ("kancelaria_meeting_workflow", "kancelaria_directive_workflow")
INDEXES = ("directive_meeting", "responsible_person", "directive_priority", "meeting_start")
COLUMNS = ("meeting_number", "meeting_start", "meeting_title", "progress_percent")


@pytest.fixture
def site_1003(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1003 made, with the office's settings."""
    with released_profile("1003", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(list(TYPES))
        portal.portal_workflow.manage_delObjects(list(WORKFLOWS))
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        catalog = portal.portal_catalog
        catalog.manage_delIndex(list(INDEXES))
        catalog.manage_delColumn(list(COLUMNS))
        del portal.portal_registry.records[f"{settings.PREFIX}.max_table_rows"]
        api.portal.set_registry_record(
            "kancelaria.jrwa",
            [r for r in api.portal.get_registry_record("kancelaria.jrwa") if r["symbol"] != "0012"],
        )
        api.portal.set_registry_record(
            "kancelaria.type_jrwa", {"Interpellation": "0005", "KancelariaTestCase": "0002"}
        )
        api.portal.set_registry_record("kancelaria.deadline_days", {"interpellation": 10})
        ISelectableConstrainTypes(portal["kancelaria"]["narady"]).setLocallyAllowedTypes([])
    setup_tool.setLastVersionForProfile("kancelaria:default", "1003")


def test_site_1003_has_no_meetings(portal, site_1003):
    assert "Meeting" not in portal.portal_types
    assert "directive_meeting" not in portal.portal_catalog.indexes()


def test_upgrade_1003_to_1004(portal, setup_tool, site_1003):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    for portal_type, workflow in zip(TYPES, WORKFLOWS, strict=True):
        assert portal.portal_workflow.getChainForPortalType(portal_type) == (workflow,)
    assert set(INDEXES) <= set(portal.portal_catalog.indexes())
    assert set(COLUMNS) <= set(portal.portal_catalog.schema())
    register = portal["kancelaria"]["narady"]
    assert [t.getId() for t in register.allowedContentTypes()] == ["Meeting"]
    # The office's settings stay; the meetings' class and the directives' days are added
    # (and the patronages', 1005).
    assert api.portal.get_registry_record("kancelaria.type_jrwa") == {
        "Interpellation": "0005",
        "KancelariaTestCase": "0002",
        "Directive": "0012",
        "Patronage": "0712",
    }
    assert api.portal.get_registry_record("kancelaria.deadline_days") == {
        "interpellation": 10,
        "directive": 14,
        "patronage": 14,
    }
    assert "0012" in settings.jrwa_classes()
    assert settings.get("max_table_rows") == 500
    # A meeting and a directive can be made, numbered and routed.
    meeting = make_meeting(register, "held")
    directive = make_directive(meeting)
    assert directive.signature.startswith("KPM.0012.")
    assert portal.portal_catalog(directive_meeting=meeting.UID())[0].meeting_title
