"""The press office on an existing site (profile 1006, ``upgrades/to_1006.PARTS``).

The type, its workflow, the behaviors of Plone's news types, the permissions and the
indexes arrive with the step's reimport; this brings the rest, idempotently: the press
office's records (the office's values kept), its desk in ``/kancelaria`` (the local role),
and the new indexes filled for what is already there (news marked later show in the
listing's filters)."""

from plone import api

#: The indexes of the press office (``catalog.xml``) filled on an existing site.
INDEXES = (
    "press_kind",
    "campaigns",
    "clipping_date",
    "clipping_medium",
    "clipping_medium_kind",
    "clipping_tone",
)


def update():
    from kancelaria import structure
    from kancelaria.press import settings

    settings.register()
    structure.ensure_local_roles()
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=list(INDEXES))
