"""The register of correspondence (``/kancelaria/korespondencja``, view ``@@correspondence``)
and its export (``@@letters-export?format=csv|xlsx``).

Incoming and outgoing letters in one listing, 50 a page, from the catalog through
``kancelaria.letters.query``: a department sees the letters routed to it and the replies to
them, the office and the mayor all.
"""

from kancelaria import settings
from kancelaria.browser.registerlisting import RegisterListing
from kancelaria.case import params
from kancelaria.case.export import ExportView
from kancelaria.letters import export
from kancelaria.letters import query
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from zope.i18n import translate


class CorrespondenceView(RegisterListing, BrowserView):
    cleaners = query.CLEANERS
    default_sort_on = "received_date"

    def read_filters(self):
        self._filters, self._errors = query.parse_lenient(self.request.form)
        if self._errors:
            self.request.response.setStatus(400)

    # The filter form

    def directions(self):
        return [
            {"value": name, "title": query.direction_title(name, self.request)}
            for name in query.DIRECTIONS
        ]

    def kind_groups(self):
        incoming = [
            {"value": kind, "title": row["title"]} for kind, row in settings.letter_kinds().items()
        ]
        outgoing = [
            {"value": kind, "title": translate(title, context=self.request)}
            for kind, title in settings.LETTER_KINDS.items()
            if kind not in settings.letter_kinds()
        ]
        return [
            {"title": query.direction_title("incoming", self.request), "kinds": incoming},
            {"title": query.direction_title("outgoing", self.request), "kinds": outgoing},
        ]

    def state_groups(self):
        return [
            {
                "title": query.direction_title(query.DIRECTION_OF[portal_type], self.request),
                "states": [{"value": s, "title": self.state_title(s, portal_type)} for s in states],
            }
            for portal_type, states in query.STATES.items()
        ]

    def form_value(self, name):
        value = self.request.form.get(name)
        return value if isinstance(value, str) else ""

    def export_url(self, fmt):
        return f"{self.context.absolute_url()}/@@letters-export?{self.query_string(format=fmt)}"

    def can_view_deadlines(self):
        return api.user.has_permission("kancelaria: View deadlines", obj=self.context)

    def add_links(self):
        """The registering of letters the user may do here."""
        found = []
        for portal_type in query.TYPES:
            fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
            if fti is not None and fti.isConstructionAllowed(self.context):
                found.append(
                    {
                        "url": f"{self.context.absolute_url()}/++add++{portal_type}",
                        "title": translate(fti.Title(), context=self.request),
                        "portal_type": portal_type,
                    }
                )
        return found

    # The table

    def batch(self):
        b_start = params.page_start(self.request.form)
        brains = query.search(self.context, self.filters, b_start=b_start, b_size=self.b_size)
        self.count = brains.actual_result_count
        return Batch(brains, self.b_size, b_start, orphan=0)

    def row(self, brain):
        return export.row(brain, self.request, self.today)


class LettersExport(ExportView):
    """``@@letters-export?format=csv|xlsx&`` and the page's parameters."""

    table = export.TABLE

    def parse(self, form):
        return query.parse(form)

    def search(self, filters):
        return query.search(self.context, filters)

    def filename(self, filters, fmt):
        return export.filename(self.context, filters, fmt)
