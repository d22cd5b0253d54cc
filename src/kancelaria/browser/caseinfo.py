"""The case line under the title: signature, deadline with its status, departments."""

from kancelaria import formats
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import statuscheck
from kancelaria.case.indexers import is_open
from kancelaria.documents import views
from plone import api
from plone.app.layout.viewlets import ViewletBase


def summary(context):
    """What identifies a case to a person: signature, subject, dates as people read them,
    and the deadline's status while the case is open (``None`` once it is closed)."""
    return {
        "signature": context.signature,
        "title": context.Title(),
        "received": formats.date(getattr(context, "received_date", None)),
        "deadline": formats.date(context.deadline),
        "status": deadlines.status(context.deadline) if is_open(context) else None,
    }


class CaseInfoViewlet(ViewletBase):
    def update(self):
        super().update()
        context = self.context
        case = summary(context)
        self.signature = case["signature"]
        self.deadline = case["deadline"]
        self.status = case["status"]
        self.departments = settings.department_rows(context.departments)
        self.can_route = api.user.has_permission("kancelaria: Route case", obj=context)
        self.can_change_deadline = api.user.has_permission(
            "kancelaria: Change deadline", obj=context
        )
        # The case's documents (a letter as PDF and DOCX, a receipt) for whoever may open them.
        self.documents = views.links(context)
        # The residents' status check: the office reads the code out or prints it.
        self.access_code = (
            statuscheck.access_code(context) if statuscheck.may_read(context) else None
        )
