"""Honorary patronages (issue 10): the ``Patronage`` type in ``/patronaty``, its workflow,
permissions, indexes and settings; ``/patronaty`` shows the rules, the form and the
register of granted patronages. The office's settings stay as they are."""

from plone import api

#: What the step reimports (not the registry: new settings come by registering the
#: interface, the office's values kept).
STEPS = ("rolemap", "typeinfo", "workflow", "catalog")
#: The JRWA class of patronages and the deadline row of an application.
JRWA = "0712"
DEADLINE_KIND = "patronage"


def upgrade(context):
    from kancelaria import settings
    from kancelaria import structure
    from kancelaria.case import desk
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    getUtility(IRegistry).registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    add_settings()
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["event_start", "request_kind"])
    structure.ensure_folders()
    register = api.portal.get().get("patronaty")
    if register is not None and register.getLayout() != "patronage":
        register.setLayout("patronage")
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    desk.refresh()


def add_settings():
    """The class of patronages, the type's default class and the days to decide an
    application, where the office has none yet (what it set stays)."""
    from kancelaria import settings

    rows = list(api.portal.get_registry_record("kancelaria.jrwa", default=None) or [])
    if JRWA not in {row["symbol"] for row in rows}:
        rows.append(dict(next(r for r in settings.DEFAULT_JRWA if r["symbol"] == JRWA)))
        api.portal.set_registry_record("kancelaria.jrwa", rows)
    type_jrwa = dict(api.portal.get_registry_record("kancelaria.type_jrwa", default=None) or {})
    if "Patronage" not in type_jrwa:
        api.portal.set_registry_record("kancelaria.type_jrwa", {**type_jrwa, "Patronage": JRWA})
    days = dict(api.portal.get_registry_record("kancelaria.deadline_days", default=None) or {})
    if DEADLINE_KIND not in days:
        days[DEADLINE_KIND] = settings.DEFAULT_DEADLINE_DAYS[DEADLINE_KIND]
        api.portal.set_registry_record("kancelaria.deadline_days", days)
