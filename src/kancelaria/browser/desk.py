"""The desk (``/kancelaria``): the current user's work queues, counters on top, each line
with signature, subject, type, state and deadline with the days left. The same queues and
counts as ``GET /kancelaria/@desk`` (``kancelaria.case.desk``)."""

from kancelaria.browser.register import RegisterView
from kancelaria.case import desk
from plone import api
from zope.i18n import translate


class DeskView(RegisterView):
    def __call__(self):
        self.queues = desk.desk()
        self._type_titles = {}
        return self.index()

    def type_title(self, portal_type):
        if portal_type not in self._type_titles:
            fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
            title = fti.Title() if fti is not None else portal_type
            self._type_titles[portal_type] = translate(
                title, domain=getattr(fti, "i18n_domain", None) or "plone", context=self.request
            )
        return self._type_titles[portal_type]

    def state_title(self, item):
        wf_tool = api.portal.get_tool("portal_workflow")
        title = wf_tool.getTitleForStateOnType(item["review_state"], item["@type"])
        return translate(title, domain="plone", context=self.request)

    def days(self, item):
        """``(css class, days)`` of the deadline: overdue, due soon or on time."""
        days = item["days_left"]
        if days is None:
            return None
        if days < 0:
            return "overdue"
        return "due_soon" if days <= 3 else "on_time"
