"""The case line under the title: signature, deadline with its status, departments."""

from kancelaria import formats
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case.indexers import is_open
from plone import api
from plone.app.layout.viewlets import ViewletBase


class CaseInfoViewlet(ViewletBase):
    def update(self):
        super().update()
        context = self.context
        self.signature = context.signature
        self.deadline = formats.date(context.deadline)
        self.status = deadlines.status(context.deadline) if is_open(context) else None
        self.departments = settings.department_rows(context.departments)
        self.can_route = api.user.has_permission("kancelaria: Route case", obj=context)
        self.can_change_deadline = api.user.has_permission(
            "kancelaria: Change deadline", obj=context
        )
