"""„Zwróć odpowiedź” — the mayor sends the answer back to the department, saying why."""

from kancelaria import _
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import view_for
from plone import api
from z3c.form import field
from zope import schema
from zope.interface import Interface


class IReturnAnswerForm(Interface):
    comment = schema.Text(
        title=_("Why does the answer go back?"),
        description=_("The department reads this with the returned answer."),
        required=True,
    )


class ReturnAnswerForm(CaseActionForm):
    label = _("Return answer")
    save_label = _("Return answer")
    fields = field.Fields(IReturnAnswerForm)
    success_message = _("The answer went back to the department.")

    def apply(self, data):
        # The transition checks the comment itself (``CaseType.transition_checks``).
        api.content.transition(
            obj=self.context, transition="return_answer", comment=data["comment"]
        )


ReturnAnswerFormView = view_for(ReturnAnswerForm)
