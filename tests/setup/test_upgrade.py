"""Upgrades: a site made with an earlier profile reaches the current one, its existing cases
included (their permission maps follow the new workflows).

``profile_1001.tar.gz`` is ``src/kancelaria/profiles/default`` as released at 1001
(``git archive 8e18e82 src/kancelaria/profiles/default``): the test applies its types,
workflows and role map to a site, makes cases under them, and upgrades.
"""

from kancelaria import settings
from kancelaria.interfaces import IRegister
from plone import api
from tests.setup.released import current_version
from tests.setup.released import released_profile

import pytest

#: The settings a 1001 site has; the others came later.
SETTINGS_1001 = {
    "unit_symbol",
    "departments",
    "councillors",
    "jrwa",
    "type_jrwa",
    "deadline_days",
    "shift_deadlines",
    "patronage_min_days",
    "due_soon_days",
}


UNTHEMED = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"

#: Catalog indexes a 1001 site lacks.
INDEXES_AFTER_1001 = ("desk_queues",)


@pytest.fixture
def profile_1001(tmp_path):
    with released_profile("1001", tmp_path) as profile:
        yield profile


def _forwarded(portal, title):
    """An interpellation forwarded to a department (as the Manager of the caller's block)."""
    obj = api.content.create(
        container=portal["interpelacje"],
        type="Interpellation",
        title=title,
        councillor="jan-nowak",
        text="<p>Pytanie</p>",
    )
    api.content.transition(obj=obj, transition="forward")
    return obj


def _permission_map(obj):
    """permission → (acquired?, roles) for every permission the object's workflow manages."""
    wf_tool = api.portal.get_tool("portal_workflow")
    result = {}
    for workflow in wf_tool.getWorkflowsFor(obj):
        for permission in workflow.permissions:
            roles = obj.rolesOfPermission(permission)
            selected = sorted(r["name"] for r in roles if r["selected"])
            acquired = bool(obj.acquiredRolesAreUsedBy(permission))
            result[permission] = (acquired, selected)
    return result


@pytest.fixture
def site_1001(portal, setup_tool, profile_1001, make_case):
    """The integration site turned back into what 1001 made, with cases in it."""
    with api.env.adopt_roles(["Manager"]):
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile_1001, step)
        api.portal.get_tool("portal_workflow").updateRoleMappings()
        catalog = api.portal.get_tool("portal_catalog")
        for index in INDEXES_AFTER_1001:
            catalog.delIndex(index)
        registry = portal.portal_registry
        for name in settings.IKancelariaSettings.names():
            if name not in SETTINGS_1001:
                del registry.records[f"{settings.PREFIX}.{name}"]
        api.portal.set_registry_record("kancelaria.unit_symbol", "UM")
        api.portal.set_registry_record(UNTHEMED, ["127.0.0.1"])
        api.portal.set_registry_record(
            "kancelaria.type_jrwa", {"Interpellation": "0005", "KancelariaTestCase": "0002"}
        )
        old = _forwarded(portal, "Sprzed aktualizacji")
        old.answer_date = old.received_date  # written by a department before 1002
    setup_tool.setLastVersionForProfile("kancelaria:default", "1001")
    return old


def test_upgrade_path(setup_tool):
    steps = setup_tool.listUpgrades("kancelaria:default", show_old=True)
    assert [step["dest"] for step in steps] == [
        ("1000",),
        ("1001",),
        ("1002",),
        ("1003",),
        ("1004",),
        ("1005",),
        ("1006",),
        ("1007",),
        ("1008",),
        ("1009",),
    ]


def test_upgrade_1000_to_current(portal, setup_tool):
    """A site at 1000 upgrades through every step and then takes interpellations."""
    setup_tool.setLastVersionForProfile("kancelaria:default", "1000")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    assert "Interpellation" in [t.getId() for t in portal["interpelacje"].allowedContentTypes()]


def test_upgrade_1001_to_current(portal, setup_tool, site_1001):
    old = site_1001
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        fresh = _forwarded(portal, "Po aktualizacji")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)

    # The existing case has the permission map a new case in its state gets.
    assert _permission_map(old) == _permission_map(fresh)

    # Every setting exists; what the office had set stays.
    for name in settings.IKancelariaSettings.names():
        assert f"{settings.PREFIX}.{name}" in portal.portal_registry.records
    assert api.portal.get_registry_record("kancelaria.unit_symbol") == "UM"
    assert api.portal.get_registry_record(UNTHEMED) == []
    assert api.portal.get_registry_record("kancelaria.type_jrwa")["Interpellation"] == "0005"

    # Registers hold only their own types.
    allowed = portal.portal_types["Register"].allowed_content_types
    assert set(allowed) == {
        "Register",
        "Interpellation",
        "IncomingLetter",
        "OutgoingLetter",
        "Meeting",
        "Patronage",
        "PressClipping",
        "Gallery",
        "Appointment",
        "AppointmentRequest",
        "Ceremony",
    }
    for path in ("interpelacje", "patronaty", "kancelaria/korespondencja", "kancelaria/prasa"):
        register = portal.unrestrictedTraverse(path)
        assert IRegister.providedBy(register)
        addable = {t.getId() for t in register.allowedContentTypes()}
        assert not addable & {"Document", "File", "Image", "Folder"}, path

    # A date the department wrote into its own draft answer is gone.
    assert old.answer_date is None

    # The existing case is on the department's desk (the new index is filled).
    found = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(desk_queues="to_answer")
    assert old.UID() in [brain.UID for brain in found]
