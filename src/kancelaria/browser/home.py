"""The home page: news, the office's contact data, links to the registers."""

from kancelaria.structure import FOLDERS
from plone import api
from Products.Five import BrowserView


class HomeView(BrowserView):
    def news(self):
        return api.content.find(
            portal_type="News Item",
            sort_on="effective",
            sort_order="descending",
            sort_limit=5,
            review_state="published",
        )[:5]

    def sections(self):
        portal = api.portal.get()
        result = []
        for path, _type, _title, _description, public in FOLDERS:
            if not public or "/" in path:
                continue
            folder = portal.get(path)
            if folder is not None:
                result.append(folder)
        return result

    def contact(self):
        return api.portal.get().get("kontakt")
