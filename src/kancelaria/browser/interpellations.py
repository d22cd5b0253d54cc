"""The register of interpellations (``/interpelacje``, view ``@@interpellations``) and its
export (``@@interpellations-export?format=csv|xlsx``).

Everything comes from the catalog through ``kancelaria.interpellations.query``: a visitor
sees what the workflow makes public, staff every state. No answer text is shown here; a
link leads to the item, where the answer is shown to whoever may read it.
"""

from kancelaria import _
from kancelaria import vocabularies
from kancelaria.browser.registerlisting import RegisterListing
from kancelaria.case import deadlines
from kancelaria.case import params
from kancelaria.case.export import ExportView
from kancelaria.content.interpellation import KINDS
from kancelaria.interpellations import export
from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from zope.i18n import translate


class InterpellationsView(RegisterListing, BrowserView):
    cleaners = query.CLEANERS
    default_sort_on = "received_date"

    # The filter form

    def years(self):
        found = list(stats.years(self.context))
        selected = self.filters.get("year")
        if selected and selected not in found:
            found = sorted([*found, selected], reverse=True)
        return found

    def councillors(self):
        return [{"value": t.value, "title": t.title} for t in vocabularies.councillors_vocabulary()]

    def kinds(self):
        return [
            {"value": t.value, "title": translate(t.title, context=self.request)} for t in KINDS
        ]

    def states(self):
        shown = [
            s
            for s in query.STATES
            if s != "registered" or self.is_staff() or self.filters.get("state") == s
        ]
        return [{"value": s, "title": self.state_title(s)} for s in shown]

    def export_url(self, fmt):
        return (
            f"{self.context.absolute_url()}/@@interpellations-export?"
            f"{self.query_string(format=fmt)}"
        )

    # Who is looking

    def is_staff(self):
        if not hasattr(self, "_is_staff"):
            self._is_staff = api.user.has_permission(
                "kancelaria: Add Interpellation", obj=self.context
            )
        return self._is_staff

    def can_add(self):
        return self.is_staff()

    def add_url(self):
        return f"{self.context.absolute_url()}/++add++Interpellation"

    def sees_drafts(self):
        if not hasattr(self, "_sees_drafts"):
            self._sees_drafts = api.user.has_permission("kancelaria: View answer", obj=self.context)
        return self._sees_drafts

    # The table

    def state_title(self, state, portal_type=query.PORTAL_TYPE):
        return super().state_title(state, portal_type)

    def batch(self):
        b_start = params.page_start(self.request.form)
        brains = query.search(self.context, self.filters, b_start=b_start, b_size=self.b_size)
        self.count = brains.actual_result_count
        return Batch(brains, self.b_size, b_start, orphan=0)

    def row(self, brain):
        state = brain.review_state
        status = None
        if brain.case_open and brain.deadline:
            status = deadlines.status(brain.deadline, self.today)
        answer_url = None
        if state == "answered" or (state == "answer_review" and self.sees_drafts()):
            answer_url = brain.getURL()
        return {
            "signature": brain.signature,
            "title": brain.Title,
            "url": brain.getURL(),
            "kind": query.kind_title(brain.kind, self.request),
            "councillor": query.councillor_name(brain.councillor),
            "departments": list(brain.departments or ()),
            "received_date": brain.received_date,
            "deadline": brain.deadline,
            "status": status,
            "state": state,
            "state_title": self.state_title(state),
            "answer_date": brain.answer_date,
            "answer_url": answer_url,
            "draft": state != "answered",
            "late": stats.answered_late(brain),
        }

    # The statistics box: exactly what the table lists, all its pages

    def stats(self):
        data = stats.for_filters(self.context, self.filters, today=self.today)
        share = data["answered_on_time_share"]
        data["share_percent"] = None if share is None else f"{round(share * 100)}%"
        shown = [s for s in data["by_state"] if s != "registered" or self.is_staff()]
        if self.filters.get("state"):
            shown = [self.filters["state"]]
        data["states"] = [
            {"state": s, "title": self.state_title(s), "count": data["by_state"][s]} for s in shown
        ]
        return data

    def stats_scope(self):
        """What the box counts, in words: the filters in force."""
        f = self.filters
        scope = [
            translate(_("year ${year}", mapping={"year": f["year"]}), context=self.request)
            if f.get("year")
            else translate(_("all years"), context=self.request)
        ]
        if f.get("councillor"):
            scope.append(query.councillor_name(f["councillor"]))
        if f.get("kind"):
            scope.append(query.kind_title(f["kind"], self.request))
        if f.get("state"):
            scope.append(self.state_title(f["state"]))
        if f.get("department"):
            scope.append(f["department"])
        if f.get("q"):
            scope.append(f"„{f['q']}”")
        return " · ".join(scope)


class InterpellationsExport(ExportView):
    """``@@interpellations-export?format=csv|xlsx&`` and the page's parameters (its filters
    and its order)."""

    table = export.TABLE

    def parse(self, form):
        return query.parse(form)

    def search(self, filters):
        return query.search(self.context, filters)

    def filename(self, filters, fmt):
        return export.filename(self.context, filters, fmt)
