"""``/biuletyn`` (``@@bulletin-archive``: the issues by year, ``?year=2026``) and an
issue's page (number, date, contents, the PDF with its size)."""

from kancelaria import formats
from kancelaria.browser.feeds import RSSFeed
from kancelaria.browser.publications import MacrosView
from kancelaria.bulletin import archive
from kancelaria.case.errors import CaseInputError
from plone import api
from Products.Five import BrowserView
from zope.i18n import translate


class ArchiveView(MacrosView):
    #: A bad ``?year=`` is answered with a 400 naming it, above the archive of all years.
    error = None

    def update(self):
        try:
            self.year = archive.year_param(self.request.form.get("year"))
        except CaseInputError as error:
            self.request.response.setStatus(400)
            self.error = {
                "field": error.field,
                "message": translate(error.message, context=self.request),
            }
            self.year = None
        self.years = archive.years(self.context)
        self.groups = archive.issues(self.context, self.year)

    def __call__(self):
        self.update()
        return self.index()

    def date(self, value):
        return formats.date(value)

    def size(self, brain):
        return archive.size_text(brain.bulletin_file_size)

    def download(self, brain):
        return archive.download_url(brain)


class IssueView(BrowserView):
    def date(self):
        value = self.context.issue_date
        return formats.date(value)

    def pdf(self):
        named = self.context.file
        if named is None:
            return None
        return {
            "url": archive.download_url(self.context),
            "size": archive.size_text(named.getSize()),
            "filename": named.filename,
        }


class BulletinFeed(RSSFeed):
    """``/biuletyn/@@rss``: the issues, newest first, each with its PDF as enclosure."""

    size = 30

    def entries(self):
        brains = api.portal.get_tool("portal_catalog").searchResults(
            portal_type=archive.PORTAL_TYPE,
            path="/".join(self.context.getPhysicalPath()),
            sort_on="issue_date",
            sort_order="descending",
            sort_limit=self.size,
        )[: self.size]
        for brain in brains:
            entry = {
                "title": f"{brain.bulletin_number}: {brain.Title}",
                "link": brain.getURL(),
                "description": brain.Description,
                "date": brain.issue_date,
            }
            if brain.bulletin_file_size:
                entry["enclosure"] = {
                    "url": archive.download_url(brain),
                    "length": brain.bulletin_file_size,
                    "type": "application/pdf",
                }
            yield entry
