"""„Zmień termin” — a new deadline, with the reason kept in the case history."""

from kancelaria import _
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import view_for
from kancelaria.case import registration
from z3c.form import field
from zope import schema
from zope.interface import Interface


class IDeadlineForm(Interface):
    deadline = schema.Date(title=_("New deadline"), required=True)
    reason = schema.Text(title=_("Reason"), required=True)


class DeadlineForm(CaseActionForm):
    label = _("Change deadline")
    save_label = _("Change deadline")
    fields = field.Fields(IDeadlineForm)
    success_message = _("The deadline was changed.")

    def updateWidgets(self):
        super().updateWidgets()
        if not self.request.form.get("form.buttons.save") and self.context.deadline:
            self.widgets["deadline"].value = self.context.deadline.isoformat()

    def apply(self, data):
        registration.change_deadline(self.context, data["deadline"], data["reason"])


DeadlineFormView = view_for(DeadlineForm)
