"""Profile 1008 (issue 13): scale and speed.

One step brings a site at 1007 up to date the way ``to_1007`` did: the declarative parts are
reimported (not the registry as a whole: the office's settings stay), then each part of the
release brings what is its own (``PARTS``), the permission maps of existing content follow the
workflows and the desk sorts the cases into its queues.
"""

from plone import api

#: What the step reimports.
STEPS = ("rolemap", "typeinfo", "workflow", "catalog")

#: Dotted names of the parts' own upgrade functions (``module:function``), run in this order
#: after the reimport; each takes no argument and is safe to run twice.
PARTS = ("kancelaria.caching.upgrade:update",)


def upgrade(context):
    from importlib import import_module
    from kancelaria import settings
    from kancelaria.case import desk
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    getUtility(IRegistry).registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    for part in PARTS:
        module, _sep, name = part.partition(":")
        getattr(import_module(module), name)()
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    desk.refresh()
