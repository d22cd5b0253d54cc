"""What the bulletin and the reports need on a site beyond the profile (install and the
1006 upgrade; idempotent): ``/biuletyn`` and ``/sprawozdania`` marked (the archive, the
feed, ``@bulletin``, the reports' listing, the add forms' headings), both folders'
listings, the mayor's group's roles on ``/sprawozdania``."""

from kancelaria import structure
from kancelaria.bulletin.interfaces import IBulletinFolder
from kancelaria.bulletin.interfaces import IReportsFolder
from plone import api
from zope.interface import alsoProvides

#: folder → its listing (replacing the general ``publications`` of earlier releases).
LAYOUTS = {"biuletyn": "bulletin-archive", "sprawozdania": "reports"}
MARKERS = {"biuletyn": IBulletinFolder, "sprawozdania": IReportsFolder}


def ensure():
    portal = api.portal.get()
    for name, marker in MARKERS.items():
        folder = portal.get(name)
        if folder is not None and not marker.providedBy(folder):
            alsoProvides(folder, marker)
            folder.reindexObject(idxs=["object_provides"])
    for name, layout in LAYOUTS.items():
        folder = portal.get(name)
        if folder is not None and folder.getLayout() in ("publications", "folder_listing"):
            folder.setLayout(layout)
    structure.ensure_local_roles()
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["issue_date"])
