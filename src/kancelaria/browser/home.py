"""The home page: news, the office's contact data, links to the registers."""

from kancelaria.browser.publications import published_on
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

    def published(self, brain):
        return published_on(brain)

    def date(self, value):
        return api.portal.get_localized_time(value)

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
