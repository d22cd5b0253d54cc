"""Upgrade steps: every change of the profile after 1000 comes with one (1000 → 1001 …)."""

from plone import api

#: The declarative parts a reimport brings up to date without touching the office's data.
REIMPORTED_STEPS = (
    "rolemap",
    "catalog",
    "typeinfo",
    "workflow",
    "plone.app.registry",
    "repositorytool",
)


def reimport_declarative(context):
    setup = api.portal.get_tool("portal_setup")
    for step in REIMPORTED_STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)


def to_1001(context):
    """Interpellations: the type, its workflow and indexes; ``/interpelacje`` takes them."""
    from kancelaria import structure

    reimport_declarative(context)
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["councillor", "kind", "answer_date", "case_number"])
    structure.ensure_folders()
