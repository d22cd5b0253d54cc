"""„Dodaj przegląd poleceń” on a planned meeting: the button (a viewlet for the office and
the mayor) and its POST (``@@agenda-from-directives``), ``kancelaria.followup.agenda``."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.followup import agenda
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView

import transaction


class AgendaFromDirectivesViewlet(ViewletBase):
    def update(self):
        super().update()
        self.planned = api.content.get_state(self.context, default=None) == "planned"
        self.open = self.overdue = 0
        if self.planned:
            today = clock.today()
            brains = agenda.open_directives(self.context)
            self.open = len(brains)
            self.overdue = sum(1 for b in brains if b.deadline and b.deadline < today)

    def available(self):
        return self.planned


class AgendaFromDirectivesView(BrowserView):
    def __call__(self):
        request = self.request
        back = self.context.absolute_url()
        if request.method != "POST":
            return request.response.redirect(back)
        CheckAuthenticator(request)
        try:
            added = agenda.pull(self.context, request)
        except CaseInputError as error:
            transaction.doom()
            api.portal.show_message(
                f"{error.field}: {error.translated(request)}", request=request, type="error"
            )
            return request.response.redirect(back)
        if added:
            message = _(
                "agenda_pulled",
                default="Added to the agenda: the review of ${count} directives.",
                mapping={"count": len(added)},
            )
        else:
            message = _(
                "agenda_pulled_nothing",
                default="Every open directive of the earlier meetings is on the agenda already.",
            )
        api.portal.show_message(message, request=request)
        return request.response.redirect(back)
