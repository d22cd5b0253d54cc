"""The calendar on an existing site (profile 1007, ``upgrades/to_1007.PARTS``).

The type, its workflow, the permissions and the ``officials`` index arrive with the step's
reimport, the calendar's layout with ``structure.ensure_folders()``; this brings the rest,
idempotently: the officials' record (the office's values kept) and the index filled."""

from plone import api


def update():
    from kancelaria.calendar import settings

    settings.register()
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=["officials"])
