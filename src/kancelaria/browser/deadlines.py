"""Terminy: open cases by deadline, overdue and due soon marked, filterable by department."""

from kancelaria import clock
from kancelaria import settings
from kancelaria.case import listing
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView
from zope.i18n import translate


class DeadlinesView(BrowserView):
    b_size = 50

    def departments(self):
        return list(settings.departments().values())

    def department(self):
        try:
            symbol = params.text(self.request.form, "department")
        except CaseInputError:  # a page shows every department rather than an error
            return None
        return symbol if symbol in settings.departments() else None

    def batch(self):
        today = clock.today()
        brains = listing.open_cases(department=self.department(), today=today)
        b_start = params.page_start(self.request.form)
        batch = Batch(brains, self.b_size, b_start, orphan=0)
        self.items = [listing.describe(brain, today) for brain in batch]
        return batch

    def state_title(self, item):
        """The state as the item's workflow names it (“Przekazana”), not its id."""
        workflows = api.portal.get_tool("portal_workflow")
        title = workflows.getTitleForStateOnType(item["review_state"], item["portal_type"])
        return translate(title, domain="plone", context=self.request)
