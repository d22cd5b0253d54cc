"""The feeds' links in a page's head, titled “Kancelaria Prezydenta Miasta – RSS 2.0”.

Plone's viewlet puts the feed type's title through ``safe_bytes`` into an f-string, so
browsers and feed readers list “b'RSS 2.0'”; this one writes the text (translated).
"""

from plone.app.layout.links.viewlets import RSSViewlet
from plone.base.interfaces.syndication import IFeedSettings
from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory


class FeedLinksViewlet(RSSViewlet):
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
