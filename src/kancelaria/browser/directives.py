"""The directives dashboard (``/kancelaria/narady/@@polecenia``) and its export
(``@@directives-export?format=csv|xlsx``).

Open directives of every meeting by deadline, overdue first, 50 a page, with the counters
on top; filters by department, meeting, state, responsible person, due and words. From the
catalog through ``kancelaria.followup.query`` (the same as ``@directives``): a department
sees the directives routed to it, the office and the mayor all.
"""

from kancelaria.browser.registerlisting import RegisterListing
from kancelaria.case import listing
from kancelaria.case import params
from kancelaria.case.export import ExportView
from kancelaria.followup import export
from kancelaria.followup import query
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate

#: The meetings the filter offers: the most recent ones (and the one chosen).
MEETING_OPTIONS = 100
#: The responsible persons the filter suggests.
PERSON_OPTIONS = 200


class DirectivesView(RegisterListing, BrowserView):
    cleaners = query.CLEANERS

    def read_filters(self):
        self._filters, self._errors = query.parse_lenient(self.request.form)
        if self._errors:
            self.request.response.setStatus(400)

    # The counters

    def counters(self):
        counts = query.counters(self.context, self.filters, self.today)
        found = []
        for name in query.COUNTERS:
            wanted = query.COUNTER_FILTERS[name]
            url = None
            if wanted is not None:
                kept = {k: v for k, v in self.filters.items() if k not in ("state", "due")}
                url = self.link(**kept, **wanted)
            found.append(
                {
                    "id": name,
                    "title": translate(query.COUNTER_TITLES[name], context=self.request),
                    "count": counts[name],
                    "url": url,
                    "current": wanted is not None
                    and all(self.filters.get(k) == wanted.get(k) for k in ("state", "due")),
                }
            )
        return found

    def link(self, **params):
        given = {k: v for k, v in params.items() if v is not None}
        base = self.form_action()
        return f"{base}?{urlencode(given)}" if given else base

    # The filter form

    def states(self):
        return [{"value": s, "title": self.state_title(s, "Directive")} for s in query.STATES]

    def meeting_options(self):
        """The most recent meetings the user sees (catalog only), the chosen one kept."""
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.searchResults(
            portal_type="Meeting",
            path="/".join(self.context.getPhysicalPath()),
            sort_on="meeting_start",
            sort_order="descending",
            sort_limit=MEETING_OPTIONS,
        )[:MEETING_OPTIONS]
        chosen = self.filters.get("meeting")
        if chosen and chosen not in {b.UID for b in brains}:
            brains = [*catalog.searchResults(UID=chosen, portal_type="Meeting"), *brains]
        fmt = self.context.restrictedTraverse("@@kancelaria-format")
        options = []
        for brain in brains:
            label = brain.Title
            number = brain.meeting_number if isinstance(brain.meeting_number, str) else ""
            day = export.meeting_day(brain.meeting_start)
            prefix = " ".join(p for p in (number, fmt.date(day)) if p)
            options.append(
                {"value": brain.UID, "title": f"{prefix} — {label}" if prefix else label}
            )
        return options

    def person_options(self):
        """Names of responsible persons, for the office and the mayor only (a department
        must not learn who works on the others' directives)."""
        if listing.own_departments() is not None:
            return []
        catalog = api.portal.get_tool("portal_catalog")
        index = catalog._catalog.getIndex("responsible_person")
        names = [n for n in index.uniqueValues() if isinstance(n, str) and n]
        return sorted(names)[:PERSON_OPTIONS]

    def due_options(self):
        return [
            {
                "value": "overdue",
                "title": translate(query.COUNTER_TITLES["overdue"], context=self.request),
            },
            {
                "value": "week",
                "title": translate(query.COUNTER_TITLES["due_this_week"], context=self.request),
            },
        ]

    def form_value(self, name):
        value = self.request.form.get(name)
        return value if isinstance(value, str) else ""

    def export_url(self, fmt):
        return f"{self.context.absolute_url()}/@@directives-export?{self.query_string(format=fmt)}"

    # The table

    def batch(self):
        b_start = params.page_start(self.request.form)
        brains = query.search(
            self.context, self.filters, b_start=b_start, b_size=self.b_size, today=self.today
        )
        self.count = brains.actual_result_count
        self._titles = export.Labels(self.request)
        return Batch(brains, self.b_size, b_start, orphan=0)

    def row(self, brain):
        return export.row(brain, self.request, self.today, self._titles)


class DirectivesExport(ExportView):
    """``@@directives-export?format=csv|xlsx&`` and the page's filters."""

    table = export.TABLE

    def parse(self, form):
        return query.parse(form)

    def search(self, filters):
        return query.search(self.context, filters)

    def filename(self, filters, fmt):
        return export.filename(self.context, filters, fmt)
