"""A site at 1003 (before patronages) upgrades to the latest version: the Patronage type,
its workflow, permissions, indexes and settings arrive, ``/patronaty`` takes applications
and shows its form; what the office had set stays.

``profile_1003.tar.gz`` is the released 1003 profile (``git archive 4692f69:…``).
"""

from kancelaria import settings
from plone import api
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

NEW_SETTINGS = ("patronage_report_days", "patronage_apply_attempts", "patronage_apply_window")


@pytest.fixture
def site_1003(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1003 made, with the office's own settings."""
    with released_profile("1003", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(["Patronage"])
        portal.portal_workflow.manage_delObjects(["kancelaria_patronage_workflow"])
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        catalog = portal.portal_catalog
        catalog.delIndex("event_start")
        catalog.delIndex("request_kind")
        registry = portal.portal_registry
        for name in NEW_SETTINGS:
            del registry.records[f"{settings.PREFIX}.{name}"]
        jrwa = [
            r for r in api.portal.get_registry_record("kancelaria.jrwa") if r["symbol"] != "0712"
        ]
        api.portal.set_registry_record("kancelaria.jrwa", jrwa)
        api.portal.set_registry_record(
            "kancelaria.type_jrwa", {"Interpellation": "0005", "IncomingLetter": "0140"}
        )
        api.portal.set_registry_record("kancelaria.deadline_days", {"interpellation": 21})
        api.portal.set_registry_record("kancelaria.patronage_min_days", 45)
        portal["patronaty"].setLayout("register")
        setup_tool.setLastVersionForProfile("kancelaria:default", "1003")


def test_site_1003_has_no_patronages(portal, site_1003):
    assert "Patronage" not in portal.portal_types
    assert f"{settings.PREFIX}.patronage_report_days" not in portal.portal_registry.records


def test_upgrade_1003_to_latest(portal, setup_tool, site_1003):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert portal.portal_workflow.getChainForPortalType("Patronage") == (
        "kancelaria_patronage_workflow",
    )
    register = portal["patronaty"]
    assert "Patronage" in {t.getId() for t in register.allowedContentTypes()}
    assert register.getLayout() == "patronage"
    assert {"event_start", "request_kind"} <= set(portal.portal_catalog.indexes())
    # The office's settings stay; the meetings' (1004) and the patronages' are added.
    assert api.portal.get_registry_record("kancelaria.patronage_min_days") == 45
    assert api.portal.get_registry_record("kancelaria.patronage_report_days") == 14
    assert api.portal.get_registry_record("kancelaria.type_jrwa") == {
        "Interpellation": "0005",
        "IncomingLetter": "0140",
        "Directive": "0012",
        "Patronage": "0712",
    }
    assert api.portal.get_registry_record("kancelaria.deadline_days") == {
        "interpellation": 21,
        "directive": 14,
        "patronage": 14,
    }
    assert "0712" in settings.jrwa_classes()
    # An application is taken and numbered.
    from datetime import timedelta
    from kancelaria import clock
    from kancelaria.patronage import apply
    from tests.patronage.conftest import application

    start = (clock.today() + timedelta(days=50)).isoformat()
    app = apply.read(application(event_start=start, event_end=start))
    assert not app.errors
    obj = apply.create(app, register)
    assert obj.signature.startswith("KPM.0712.1.")
    assert api.content.get_state(obj) == "submitted"
