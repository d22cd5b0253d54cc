"""The press archive's pages: the clippings with their filters (the layout of
``/kancelaria/prasa``, ``@@clippings``) and the monthly summary (``@@podsumowanie``)."""

from kancelaria import _
from kancelaria import formats
from kancelaria.browser.registerlisting import RegisterListing
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from kancelaria.content.clipping import MEDIA_KINDS
from kancelaria.content.clipping import TONES
from kancelaria.press import chart
from kancelaria.press import clippings
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from zope.i18n import translate


class ClippingsView(RegisterListing, BrowserView):
    """The archive, 50 clippings a page, the newest first."""

    cleaners = clippings.CLEANERS

    def read_filters(self):
        self._filters, self._errors = clippings.parse_lenient(self.request.form)
        if self._errors:
            self.request.response.setStatus(400)

    def form_value(self, name):
        value = self.request.form.get(name)
        return value if isinstance(value, str) else ""

    def kinds(self):
        return [
            {"value": t.value, "title": translate(t.title, context=self.request)}
            for t in MEDIA_KINDS
        ]

    def tones(self):
        return [
            {"value": t.value, "title": translate(t.title, context=self.request)} for t in TONES
        ]

    def media(self):
        return clippings.media(self.context)

    def topics(self):
        return clippings.topics(self.context)

    def galleries(self):
        """The photo and film galleries kept in the archive beside the clippings (those
        the user may see), the newest first."""
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type="Gallery",
            sort_on="created",
            sort_order="descending",
        )

    def can_add(self):
        fti = api.portal.get_tool("portal_types").getTypeInfo(clippings.PORTAL_TYPE)
        return fti is not None and fti.isConstructionAllowed(self.context)

    def batch(self):
        b_start = params.page_start(self.request.form)
        brains = clippings.search(self.context, self.filters, b_start=b_start, b_size=self.b_size)
        self.count = brains.actual_result_count
        return Batch(brains, self.b_size, b_start, orphan=0)

    def row(self, brain):
        found = clippings.item(brain, self.request)
        found["state_title"] = self.state_title(brain.review_state, brain.portal_type)
        return found

    def date(self, value):
        return formats.date(value)


class SummaryView(BrowserView):
    """``@@podsumowanie?month=2026-11``: the month's clippings by medium and tone, a table
    and its chart. A bad month is a 400 naming ``month`` (the page says so)."""

    def __call__(self):
        self.error = None
        value = self.request.form.get("month")
        try:
            self.first, self.last = clippings.month(
                value if value is None or isinstance(value, str) else "?"
            )
        except CaseInputError as error:
            self.request.response.setStatus(400)
            self.error = f"{error.field}: {error.translated(self.request)}"
            self.first, self.last = clippings.month(None)
        self.data = clippings.summary(self.context, self.first, self.last)
        return self.index()

    def month_value(self):
        return self.first.strftime("%Y-%m")

    def month_title(self):
        return self.first.strftime("%m.%Y")

    def columns(self):
        return [
            *({"id": t.value, "title": translate(t.title, context=self.request)} for t in TONES),
            {
                "id": clippings.NO_TONE,
                "title": translate(_("tone_none", default="Not assessed"), context=self.request),
            },
        ]

    def kind_title(self, kind):
        return clippings.term_title(MEDIA_KINDS, kind, self.request)

    def chart(self):
        if not self.data["media"]:
            return ""
        columns = self.columns()
        title = translate(
            _(
                "summary_chart_title",
                default="Clippings of ${month} by medium and tone",
                mapping={"month": self.month_title()},
            ),
            context=self.request,
        )
        return chart.svg(
            self.data["media"],
            [c["id"] for c in columns],
            {c["id"]: c["title"] for c in columns},
            title,
            "kancelaria-summary-table",
        )


class ClippingView(BrowserView):
    """A clipping's page: the medium and date, the link and the scan, topics, tone and
    summary — what is empty is left out."""

    def facts(self):
        obj = self.context
        kind = clippings.term_title(MEDIA_KINDS, obj.medium_kind, self.request)
        rows = [
            (_("Medium"), f"{obj.medium} ({kind})" if kind else obj.medium),
            (_("Date of publication"), self.date(obj.clipping_date)),
            (_("Author"), obj.author),
            (_("Topics"), ", ".join(obj.topics or ())),
            (_("Tone"), clippings.term_title(TONES, obj.tone, self.request)),
        ]
        return [
            {"label": translate(label, context=self.request), "value": value}
            for label, value in rows
            if value
        ]

    def date(self, value):
        return formats.date(value)

    def file_url(self):
        if getattr(self.context, "file", None) is None:
            return None
        return f"{self.context.absolute_url()}/@@download/file/{self.context.file.filename}"
