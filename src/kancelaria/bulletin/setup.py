"""What the bulletin and the reports need on a site beyond the profile (install and the
1006 upgrade; idempotent): ``/biuletyn`` marked as the bulletin's folder (its feed,
``@bulletin``), both folders' listings, the mayor's group's roles on ``/sprawozdania``."""

from kancelaria import structure
from kancelaria.bulletin.interfaces import IBulletinFolder
from plone import api
from zope.interface import alsoProvides

#: folder → (its listing, the listing it had before this release).
LAYOUTS = {"biuletyn": "bulletin-archive", "sprawozdania": "reports"}


def ensure():
    portal = api.portal.get()
    bulletin = portal.get("biuletyn")
    if bulletin is not None and not IBulletinFolder.providedBy(bulletin):
        alsoProvides(bulletin, IBulletinFolder)
        bulletin.reindexObject(idxs=["object_provides"])
    for name, layout in LAYOUTS.items():
        folder = portal.get(name)
        if folder is not None and folder.getLayout() in ("publications", "folder_listing"):
            folder.setLayout(layout)
    structure.ensure_local_roles()
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["issue_date"])
