"""What ``/media`` needs beyond the profile (install, and ``upgrades/to_1007.PARTS`` on a
site at 1006; idempotent): the recordings' settings (the office's values kept), the
folder's marker (``@media``) and its archive, the new indexes filled."""

from plone import api
from zope.interface import alsoProvides

INDEXES = ("media_date", "media_medium")


def update():
    from kancelaria.media import settings
    from kancelaria.media.interfaces import IMediaFolder

    settings.register()
    folder = api.portal.get().get("media")
    if folder is not None:
        if not IMediaFolder.providedBy(folder):
            alsoProvides(folder, IMediaFolder)
            folder.reindexObject(idxs=["object_provides"])
        if folder.getLayout() in ("folder_listing", "listing_view"):
            folder.setLayout("media")
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=list(INDEXES))
