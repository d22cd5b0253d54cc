"""The site map: the page ``/mapa-strony`` (the public sections, the office's pages and the
published galleries, linked from every page's footer) and ``/sitemap.xml.gz`` for search
engines (Plone's, with nothing of the internal area).

Both ask the catalog as the reader: what a visitor cannot open is never listed.
"""

from DateTime import DateTime
from kancelaria import structure
from kancelaria.publication import INTERNAL
from kancelaria.publication import is_public
from plone import api
from plone.app.layout.sitemap.sitemap import SiteMapView
from Products.Five import BrowserView

#: How many of each section's latest items the page lists.
LATEST = 10


def public_brains(**query):
    """What anonymous visitors find in the catalog, whoever asks (a staff member reading
    the site map sees the public site too)."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        allowedRolesAndUsers=["Anonymous"], effectiveRange=DateTime(), **query
    )


#: The page's address (a view of the site).
PAGE = "mapa-strony"


class SitemapXml(SiteMapView):
    """Plone's ``sitemap.xml.gz`` without the internal area: whatever anonymous visitors
    may open there (a published gallery) is listed by the site map page instead."""

    def _objects(self):
        internal = f"{api.portal.get().absolute_url()}/{INTERNAL}"
        for item in super()._objects():
            loc = item["loc"]
            if loc == internal or loc.startswith(internal + "/"):
                continue
            yield item


def public_sections():
    """The public top-level folders of the site structure, as the reader may see them."""
    portal = api.portal.get()
    result = []
    for path, _type, _title, _description, public in structure.FOLDERS:
        if not public or "/" in path:
            continue
        folder = portal.get(path)
        if folder is not None and is_public(folder):
            result.append(folder)
    return result


def office_pages():
    """The office's pages made by the profile (contact, the accessibility declaration)."""
    portal = api.portal.get()
    result = []
    for page_id, _title, _description in structure.PAGES:
        page = portal.get(page_id)
        if page is not None and is_public(page):
            result.append(page)
    return result


class SitemapPage(BrowserView):
    """``/mapa-strony``: the public site at a glance."""

    def sections(self):
        return [
            {
                "url": folder.absolute_url(),
                "title": folder.Title(),
                "description": folder.Description(),
                "latest": self._latest(folder),
            }
            for folder in public_sections()
        ]

    def _latest(self, folder, limit=LATEST):
        return public_brains(
            path={"query": "/".join(folder.getPhysicalPath()), "depth": 1},
            sort_on="effective",
            sort_order="descending",
            sort_limit=limit,
        )[:limit]

    def pages(self):
        return office_pages()

    def galleries(self):
        return public_brains(portal_type="Gallery", sort_on="created", sort_order="descending")

    def status_check_url(self):
        return f"{api.portal.get().absolute_url()}/sprawdz-sprawe"
