"""Installing the profile: structure, groups, settings, idempotence."""

from plone import api
from tests.setup.released import current_version

import pytest


def test_profile_version(setup_tool):
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert setup_tool.listUpgrades("kancelaria:default") == []


def test_browserlayer(portal):
    from kancelaria.interfaces import IKancelariaLayer
    from plone.browserlayer import utils

    assert IKancelariaLayer in utils.registered_layers()


@pytest.mark.parametrize(
    "path,state",
    [
        ("aktualnosci", "published"),
        ("interpelacje", "public"),
        ("patronaty", "public"),
        ("biuletyn", "published"),
        ("sprawozdania", "published"),
        ("media", "published"),
        ("kontakt", "published"),
        ("kancelaria", "internal"),
        ("kancelaria/korespondencja", "internal"),
        ("kancelaria/narady", "internal"),
        ("kancelaria/prasa", "internal"),
    ],
)
def test_structure(portal, path, state):
    obj = portal.unrestrictedTraverse(path)
    assert api.content.get_state(obj) == state


@pytest.mark.parametrize(
    "group_id", ["kancelaria", "prezydent", "biuro-prasowe", "dept-woik", "dept-wksp"]
)
def test_groups(portal, group_id):
    assert api.group.get(groupname=group_id) is not None


def test_settings_defaults(portal):
    assert api.portal.get_registry_record("kancelaria.unit_symbol") == "KPM"
    jrwa = [row["symbol"] for row in api.portal.get_registry_record("kancelaria.jrwa")]
    assert jrwa == ["0002", "0003", "0005", "0140", "0012", "0712"]
    kinds = api.portal.get_registry_record("kancelaria.letter_kinds")
    assert {"general", "resident_inquiry", "complaint", "media_inquiry"} <= {k["id"] for k in kinds}
    signatories = api.portal.get_registry_record("kancelaria.signatories")
    assert [s["id"] for s in signatories] == ["prezydent", "zastepca"]
    days = api.portal.get_registry_record("kancelaria.deadline_days")
    assert days["interpellation"] == 14 and days["motion"] == 30
    assert api.portal.get_registry_record("kancelaria.shift_deadlines") is True
    assert api.portal.get_registry_record("kancelaria.patronage_min_days") == 30


def test_install_twice_changes_nothing(portal, setup_tool):
    before = {
        "ids": sorted(portal.objectIds()),
        "groups": sorted(g.getId() for g in api.group.get_groups()),
        "roles": dict(portal["kancelaria"].get_local_roles()),
        "departments": api.portal.get_registry_record("kancelaria.departments"),
    }
    setup_tool.runAllImportStepsFromProfile("profile-kancelaria:default")
    after = {
        "ids": sorted(portal.objectIds()),
        "groups": sorted(g.getId() for g in api.group.get_groups()),
        "roles": dict(portal["kancelaria"].get_local_roles()),
        "departments": api.portal.get_registry_record("kancelaria.departments"),
    }
    assert before == after


def test_every_host_is_themed(portal):
    """127.0.0.1, where ``make start`` serves, shows the styled site (Plone's default list
    of unthemed hosts holds it)."""
    record = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"
    assert api.portal.get_registry_record(record) == []
