"""„Przygotuj odpowiedź” — the answer form of an interpellation (``@@answer``, for whoever
may write the answer: ``kancelaria: Edit answer``).

The question and the case's facts are shown read-only beside the answer's editor, with the
mayor's comment when the answer came back. "Zapisz" keeps the draft; "Przekaż do
zatwierdzenia" keeps it and makes ``submit_answer`` (the type's check refuses an empty
answer on the field). It locks the item while open, as Plone's edit form does.
"""

from kancelaria import _
from kancelaria.browser.interpellation import InterpellationView
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.content.interpellation import IInterpellation
from plone import api
from plone.dexterity.events import EditBegunEvent
from plone.dexterity.events import EditCancelledEvent
from plone.dexterity.events import EditFinishedEvent
from plone.protect import CheckAuthenticator
from plone.z3cform.layout import FormWrapper
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form.interfaces import WidgetActionExecutionError
from zope.event import notify
from zope.interface import Invalid

import transaction

SUBMIT = "submit_answer"


def may_submit(context):
    """The user may submit the answer from this state (written or not yet)."""
    if not api.user.has_permission("kancelaria: Submit answer", obj=context):
        return False
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow in wf_tool.getWorkflowsFor(context):
        state = workflow._getWorkflowStateOf(context)
        if state is not None and SUBMIT in state.transitions:
            return True
    return False


class AnswerForm(form.EditForm):
    fields = field.Fields(IInterpellation).select("answer")
    label = _("Prepare answer")

    def update(self):
        super().update()
        if not self.actions.executedActions:
            notify(EditBegunEvent(self.context))

    def _apply(self):
        CheckAuthenticator(self.request)
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return False
        self.applyChanges(data)
        return True

    def _done(self, message):
        notify(EditFinishedEvent(self.context))
        api.portal.show_message(message, request=self.request)
        self.request.response.redirect(self.context.absolute_url())

    @button.buttonAndHandler(_("Save"), name="save")
    def handle_save(self, action):
        if self._apply():
            self._done(_("The answer was saved."))

    @button.buttonAndHandler(
        _("Submit for approval"), name="submit", condition=lambda form: may_submit(form.context)
    )
    def handle_submit(self, action):
        if not self._apply():
            return
        try:
            casetype.of(self.context).check_transition(self.context, SUBMIT)
            api.content.transition(obj=self.context, transition=SUBMIT)
        except CaseInputError as error:
            transaction.doom()
            raise WidgetActionExecutionError("answer", Invalid(error.message)) from error
        self._done(_("The answer went to the mayor for approval."))

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        notify(EditCancelledEvent(self.context))
        self.request.response.redirect(self.context.absolute_url())


class AnswerFormView(FormWrapper):
    form = AnswerForm
    index = ViewPageTemplateFile("templates/answer.pt")

    def item(self):
        """The item page's view: the facts, and the mayor's comment on a return."""
        return InterpellationView(self.context, self.request)
