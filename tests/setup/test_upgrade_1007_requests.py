"""A site at 1006 (before issue 12) upgrades to 1007 and takes residents' appointment
requests: the type, its workflow and permissions arrive, the calendar register takes it,
the part's records (requests per address) are there, and a resident's request filed after
the upgrade is the office's and the mayor's alone.

``profile_1006.tar.gz`` is the released 1006 profile.
"""

from kancelaria.appointments import settings
from plone import api
from plone.registry.interfaces import IRegistry
from tests.setup.released import current_version
from tests.setup.released import released_profile
from zope.component import getUtility

import pytest

WORKFLOW = "kancelaria_appointment_request_workflow"


@pytest.fixture
def site_1006(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1006 made (no calendar register, no
    appointment requests, none of their records)."""
    with released_profile("1006", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["AppointmentRequest"])
        portal.portal_workflow.manage_delObjects([WORKFLOW])
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        registry = getUtility(IRegistry)
        for name in ("attempts", "window"):
            del registry.records[f"{settings.PREFIX}.{name}"]
        portal["kancelaria"].manage_delObjects(["kalendarz"])
        setup_tool.setLastVersionForProfile("kancelaria:default", "1006")


def test_site_1006_has_no_requests(portal, site_1006):
    assert "AppointmentRequest" not in portal.portal_types
    assert f"{settings.PREFIX}.attempts" not in getUtility(IRegistry).records


def test_upgrade_1006_to_1007(portal, setup_tool, site_1006):
    from tests.appointments.conftest import make_request

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("AppointmentRequest") == (WORKFLOW,)
    kalendarz = portal["kancelaria"]["kalendarz"]
    assert "AppointmentRequest" in {t.getId() for t in kalendarz.allowedContentTypes()}
    registry = getUtility(IRegistry)
    assert registry[f"{settings.PREFIX}.attempts"] == 5
    assert registry[f"{settings.PREFIX}.window"] == 3600
    obj = make_request(portal)
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(obj) == "submitted"
    roles = {r["name"] for r in obj.rolesOfPermission("View") if r["selected"]}
    assert roles == {"Manager", "Site Administrator", "Clerk", "Approver"}


def test_the_upgrade_keeps_the_offices_values_and_runs_twice(portal, setup_tool, site_1006):
    from kancelaria.appointments import upgrade

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        api.portal.set_registry_record(f"{settings.PREFIX}.attempts", 9)
        upgrade.update()
    assert api.portal.get_registry_record(f"{settings.PREFIX}.attempts") == 9
