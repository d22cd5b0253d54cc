"""The feeds' links in a page's head, titled “Kancelaria Prezydenta Miasta – RSS 2.0”.

Plone's viewlet puts the feed type's title through ``safe_bytes`` into an f-string, so
browsers and feed readers list “b'RSS 2.0'”; this one writes the text (translated).
A folder with a feed of its own (``RSSFeed``, e.g. the bulletin's ``/biuletyn/@@rss``) gets
its link the same way.
"""

from plone.app.layout.links.viewlets import RSSViewlet
from plone.base.interfaces.syndication import IFeedSettings
from Products.Five import BrowserView
from zope.component import getUtility
from zope.component import queryMultiAdapter
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


class FeedLinksViewlet(RSSViewlet):
    def update(self):
        own = queryMultiAdapter((self.context, self.request), name="rss")
        if isinstance(own, RSSFeed):
            super(RSSViewlet, self).update()
            url = f"{self.context.absolute_url()}/@@rss"
            self.rsslinks = [{"title": f"{self.context.Title()} – RSS 2.0", "url": url}]
            return
        super().update()

    def getRssLinks(self, obj):
        settings = IFeedSettings(obj, None)
        if settings is None:
            return []
        vocabulary = getUtility(IVocabularyFactory, "plone.app.vocabularies.SyndicationFeedTypes")(
            self.context
        )
        links = []
        for feed_type in settings.feed_types:
            try:
                term = vocabulary.getTerm(feed_type)
            except LookupError:
                continue
            title = translate(term.title, context=self.request)
            links.append(
                {
                    "title": f"{obj.Title()} – {title}",
                    "url": f"{obj.absolute_url()}/{term.value}",
                }
            )
        return links


class RSSFeed(BrowserView):
    """``<folder>/@@rss``: an RSS 2.0 feed of what the caller may see (the catalog's
    security applies: anonymous readers get published items only). A folder's feed is a
    subclass that gives ``entries()``: dicts of ``title``, ``link``, ``description``,
    ``date`` (a date or DateTime) and optionally ``enclosure`` (``url``, ``length``,
    ``type``)."""

    def entries(self):
        return []

    def __call__(self):
        from email.utils import format_datetime
        from kancelaria import clock
        from xml.etree import ElementTree as ET

        import datetime as dt

        def when(value):
            if hasattr(value, "asdatetime"):
                value = value.asdatetime()
            elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                value = dt.datetime.combine(value, dt.time(12), tzinfo=clock.zone())
            return format_datetime(value)

        rss = ET.Element("rss", version="2.0")
        channel = ET.SubElement(rss, "channel")
        ET.SubElement(channel, "title").text = self.context.Title()
        ET.SubElement(channel, "link").text = self.context.absolute_url()
        ET.SubElement(channel, "description").text = self.context.Description() or ""
        ET.SubElement(channel, "language").text = "pl"
        for entry in self.entries():
            item = ET.SubElement(channel, "item")
            ET.SubElement(item, "title").text = entry["title"]
            ET.SubElement(item, "link").text = entry["link"]
            ET.SubElement(item, "guid", isPermaLink="true").text = entry["link"]
            if entry.get("description"):
                ET.SubElement(item, "description").text = entry["description"]
            if entry.get("date"):
                ET.SubElement(item, "pubDate").text = when(entry["date"])
            enclosure = entry.get("enclosure")
            if enclosure:
                ET.SubElement(
                    item,
                    "enclosure",
                    url=enclosure["url"],
                    length=str(enclosure["length"]),
                    type=enclosure["type"],
                )
        self.request.response.setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="utf-8")
