"""An existing site (1002) gets the documents' settings and permission from the step to 1003."""

from kancelaria import settings
from kancelaria.documents import templates
from plone import api

NEW_SETTINGS = (
    "letter_place",
    "letter_address",
    "letter_templates",
)


def test_upgrade_1002_brings_the_documents(portal, setup_tool):
    registry = portal.portal_registry
    api.portal.set_registry_record("kancelaria.unit_symbol", "UM")
    for name in NEW_SETTINGS:
        del registry.records[f"{settings.PREFIX}.{name}"]
    portal.manage_permission("kancelaria: Print receipt", roles=[], acquire=False)
    setup_tool.setLastVersionForProfile("kancelaria:default", "1002")

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default", dest="1003")  # its step, not later ones

    assert setup_tool.getLastVersionForProfile("kancelaria:default") == ("1003",)
    for name in NEW_SETTINGS:
        assert f"{settings.PREFIX}.{name}" in registry.records
    assert api.portal.get_registry_record("kancelaria.unit_symbol") == "UM"  # kept
    rows = api.portal.get_registry_record("kancelaria.letter_templates")
    assert rows == settings.DEFAULT_LETTER_TEMPLATES
    assert templates.fill("thanks", {"recipient": "OSP Lipiny"}).subject == (
        "Podziękowanie – OSP Lipiny"
    )
    roles = portal.rolesOfPermission("kancelaria: Print receipt")
    assert {r["name"] for r in roles if r["selected"]} == {"Manager", "Site Administrator", "Clerk"}
