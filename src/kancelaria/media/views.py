"""``/media`` (``@@media``: aired programmes and research reports, newest first, by year,
medium and kind, 50 a page) and the pages of a research order and a broadcast."""

from kancelaria import formats
from kancelaria.browser.publications import MacrosView
from kancelaria.case.errors import CaseInputError
from kancelaria.content.broadcast import MEDIA
from kancelaria.content.research import KINDS as RESEARCH_KINDS
from kancelaria.media import archive
from plone import api
from Products.Five import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate


def _term(vocabulary, value, request):
    try:
        return translate(vocabulary.getTerm(value).title, context=request)
    except LookupError:
        return value or ""


class MediaView(MacrosView):
    """A bad parameter is answered with a 400 whose page names it, above the archive
    without filters (never a 500)."""

    error = None

    def __call__(self):
        try:
            self.params = archive.params(self.context, self.request.form)
        except CaseInputError as error:
            self.request.response.setStatus(400)
            self.error = {
                "field": error.field,
                "message": translate(error.message, context=self.request),
            }
            self.params = archive.params(self.context, {})
        self.total, self.brains = archive.search(self.context, self.params)
        self.years = archive.years(self.context)
        return self.index()

    def url(self, **change):
        given = {k: v for k, v in self.params.items() if v not in (None, 0)}
        given.update(change)
        given = {k: v for k, v in given.items() if v not in (None, 0)}
        query = urlencode(given)
        return f"{self.context.absolute_url()}" + (f"?{query}" if query else "")

    def media(self):
        return [(term.value, _term(MEDIA, term.value, self.request)) for term in MEDIA]

    def item(self, brain):
        card = archive.describe(brain)
        card["date_text"] = formats.date(brain.media_date)
        if brain.portal_type == "ResearchOrder":
            card["kind_text"] = _term(RESEARCH_KINDS, card["kind"], self.request)
            if card["report"]:
                card["report"]["size_text"] = archive.size_text(card["report"]["size"])
        else:
            card["medium_text"] = _term(MEDIA, card["medium"], self.request)
            if card["recording"]:
                card["recording"]["size_text"] = archive.size_text(card["recording"]["size"])
        return card

    def next_url(self):
        start = self.params["b_start"] + archive.PAGE
        return self.url(b_start=start) if start < self.total else None

    def prev_url(self):
        start = self.params["b_start"]
        return self.url(b_start=max(0, start - archive.PAGE)) if start > 0 else None


class ResearchView(BrowserView):
    def kind(self):
        return _term(RESEARCH_KINDS, self.context.kind, self.request)

    def date(self, name):
        return formats.date(getattr(self.context, name, None))

    def cost(self):
        cost = self.context.cost
        return None if cost is None else f"{cost:,.2f}".replace(",", " ").replace(".", ",") + " zł"

    def pdf(self):
        named = self.context.report
        if named is None:
            return None
        return {
            "url": f"{self.context.absolute_url()}/@@download/report",
            "size": archive.size_text(named.getSize()),
        }

    def may_read_notes(self):
        return bool(
            self.context.notes
            and api.user.has_permission("kancelaria: View research notes", obj=self.context)
        )


class BroadcastView(BrowserView):
    cost = ResearchView.cost

    def medium(self):
        return _term(MEDIA, self.context.medium, self.request)

    def air_dates(self):
        return [formats.datetime(d) for d in sorted(self.context.air_dates or ()) if d is not None]

    def recording(self):
        named = self.context.recording
        if named is None:
            return None
        return {
            "url": f"{self.context.absolute_url()}/@@download/recording",
            "size": archive.size_text(named.getSize()),
        }
