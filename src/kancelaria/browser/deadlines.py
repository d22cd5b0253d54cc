"""Terminy: open cases by deadline, overdue and due soon marked, filterable by department;
a table that fits, cards on a narrow screen (``static/registers.css``)."""

from kancelaria import clock
from kancelaria import settings
from kancelaria.browser.desk import IStaffPage
from kancelaria.case import labels
from kancelaria.case import listing
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from plone.batching import Batch
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.interface import implementer


@implementer(IStaffPage)
class DeadlinesView(BrowserView):
    b_size = 50
    listing_macros = ViewPageTemplateFile("templates/listing_macros.pt")

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
        for item in self.items:
            item["state_title"] = labels.state_title(
                item["review_state"], item["portal_type"], self.request
            )
        return batch
