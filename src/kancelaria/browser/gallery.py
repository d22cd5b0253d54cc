"""A gallery's page: what it documents, then its pictures as thumbnails linking to the large
size (Plone's image scales), each with its alternative text, and its films."""

from kancelaria.content.gallery import KINDS
from plone import api
from Products.Five import BrowserView

#: Plone's scales: the thumbnail shown, the size a thumbnail opens.
THUMB = "preview"
LARGE = "large"


class GalleryView(BrowserView):
    def kind(self):
        term = KINDS.by_value.get(self.context.kind)
        return term.title if term else self.context.kind

    def date(self):
        value = self.context.date
        return value.strftime("%d.%m.%Y") if value else None

    def _contents(self, portal_type):
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type=portal_type,
            sort_on="getObjPositionInParent",
        )

    def images(self):
        return [
            {
                "url": brain.getURL(),
                "thumb": f"{brain.getURL()}/@@images/image/{THUMB}",
                "large": f"{brain.getURL()}/@@images/image/{LARGE}",
                "alt": (brain.Description or brain.Title or "").strip(),
                "title": brain.Title,
            }
            for brain in self._contents("Image")
        ]

    def films(self):
        result = []
        for brain in self._contents(("File", "Link")):
            url = brain.getURL()
            if brain.portal_type == "File":
                url = f"{url}/@@download/file"
            else:
                url = brain.getRemoteUrl or url
            result.append({"url": url, "title": brain.Title, "description": brain.Description})
        return result
