"""Profile 1006 (issue 11): the press office and the public site.

One step brings a site at 1005 up to date: the declarative parts are reimported (not the
registry as a whole: the office's settings stay; new settings arrive by registering the
interface again), the folders get their new types and views, the permission maps of
existing content follow the workflows, and then each part of the release brings what is
its own (``PARTS``: one function per part, each idempotent, each in its part's module).
"""

from plone import api

#: What the step reimports.
STEPS = ("rolemap", "typeinfo", "workflow", "catalog")

#: Dotted names of the parts' own upgrade functions (``module:function``), run in this order
#: after the reimport; each takes no argument and is safe to run twice.
PARTS = (
    "kancelaria.caching:set_up_caching",
    "kancelaria.press.upgrade:update",
    "kancelaria.public:update_site_1006",
    "kancelaria.bulletin.setup:ensure",
)


def upgrade(context):
    from importlib import import_module
    from kancelaria import settings
    from kancelaria import structure
    from kancelaria.case import desk
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    getUtility(IRegistry).registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    structure.ensure_folders()
    for part in PARTS:
        module, _sep, name = part.partition(":")
        getattr(import_module(module), name)()
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    desk.refresh()
