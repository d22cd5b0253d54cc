"""A site at 1002 (before correspondence) upgrades to 1003: the letters' types, workflows,
permissions, settings and JRWA class arrive; what the office had set stays.

``profile_1002.tar.gz`` is ``src/kancelaria/profiles/default`` as main had it before the
letters (``git archive 3a73eaf:src/kancelaria/profiles/default``).
"""

from kancelaria import settings
from plone import api
from tests.setup.released import released_profile

import pytest

LETTER_TYPES = ("IncomingLetter", "OutgoingLetter")
LETTER_WORKFLOWS = ("kancelaria_incoming_workflow", "kancelaria_outgoing_workflow")
NEW_SETTINGS = ("letter_kinds", "signatories")


@pytest.fixture
def profile_1002(tmp_path):
    with released_profile("1002", tmp_path) as profile:
        yield profile


@pytest.fixture
def site_1002(portal, setup_tool, profile_1002):
    """The integration site turned back into what 1002 made."""
    with api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(list(LETTER_TYPES))
        portal.portal_workflow.manage_delObjects(list(LETTER_WORKFLOWS))
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile_1002, step)
        registry = portal.portal_registry
        for name in NEW_SETTINGS:
            del registry.records[f"{settings.PREFIX}.{name}"]
        jrwa = [
            r for r in api.portal.get_registry_record("kancelaria.jrwa") if r["symbol"] != "0140"
        ]
        api.portal.set_registry_record("kancelaria.jrwa", jrwa)
        api.portal.set_registry_record(
            "kancelaria.type_jrwa", {"Interpellation": "0005", "KancelariaTestCase": "0002"}
        )
    setup_tool.setLastVersionForProfile("kancelaria:default", "1002")


def test_site_1002_has_no_letters(portal, site_1002):
    assert "IncomingLetter" not in portal.portal_types
    assert f"{settings.PREFIX}.letter_kinds" not in portal.portal_registry.records


def test_upgrade_1002_to_1003(portal, setup_tool, site_1002):
    # Upgrading runs every step to the current profile (1004: meetings, their class too).
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == ("1004",)
    wf = portal.portal_workflow
    for portal_type, workflow in zip(LETTER_TYPES, LETTER_WORKFLOWS, strict=True):
        assert portal_type in portal.portal_types
        assert wf.getChainForPortalType(portal_type) == (workflow,)
    register = portal["kancelaria"]["korespondencja"]
    assert {"IncomingLetter", "OutgoingLetter"} <= {
        t.getId() for t in register.allowedContentTypes()
    }
    # The new settings with their defaults; the office's classes stay, the letters' added.
    assert settings.letter_kinds()["resident_inquiry"]["days"] == 30
    assert "prezydent" in settings.signatories()
    assert "0140" in settings.jrwa_classes()
    assert api.portal.get_registry_record("kancelaria.type_jrwa") == {
        "Interpellation": "0005",
        "KancelariaTestCase": "0002",
        "IncomingLetter": "0140",
        "OutgoingLetter": "0140",
        "Directive": "0012",
    }
    # The clerk may register a letter there, and it gets its numbers.
    api.user.grant_roles(username="clerk", obj=register, roles=["Clerk", "Contributor"])
    with api.env.adopt_user(username="clerk"):
        letter = api.content.create(
            container=register,
            type="IncomingLetter",
            title="Po aktualizacji",
            sender_name="Jan Kowalski",
            kind="general",
        )
    assert letter.incoming_number.startswith("RPW/1/")
    assert letter.signature.startswith("KPM.0140.1.")
    assert api.content.get_state(letter) == "registered"


def test_upgrade_keeps_what_the_office_set(portal, setup_tool, site_1002):
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record("kancelaria.type_jrwa", {"IncomingLetter": "0002"})
        setup_tool.upgradeProfile("kancelaria:default")
    assert api.portal.get_registry_record("kancelaria.type_jrwa")["IncomingLetter"] == "0002"


def test_upgrade_brings_the_register_of_correspondence(portal, setup_tool, site_1002):
    """The register's page, its indexes and metadata (not in 1002's catalog) arrive."""
    catalog = portal.portal_catalog
    register = portal["kancelaria"]["korespondencja"]
    with api.env.adopt_roles(["Manager"]):
        catalog.delIndex("register_date")
        catalog.delIndex("letter_party")
        for column in ("register_date", "letter_party", "incoming_number"):
            catalog.delColumn(column)
        register.manage_delProperties(["layout"])
        setup_tool.upgradeProfile("kancelaria:default")
        letter = api.content.create(
            container=register,
            type="IncomingLetter",
            title="Po aktualizacji",
            sender_name="Jan Kowalski",
            kind="general",
        )
    assert register.getLayout() == "correspondence"
    brains = catalog(letter_party="Kowalski", register_date=letter.received_date)
    assert [b.getObject() for b in brains] == [letter]
    assert brains[0].incoming_number == letter.incoming_number
