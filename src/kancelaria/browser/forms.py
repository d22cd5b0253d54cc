"""A small base for the case actions' forms: the case they act on above the fields, a
button that says what it does, and refused input on the field it names."""

from kancelaria import _
from kancelaria.browser.caseinfo import summary
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.protect import CheckAuthenticator
from plone.z3cform.layout import wrap_form
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form.interfaces import WidgetActionExecutionError
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid

import transaction


class CaseActionForm(form.Form):
    """Subclasses set ``fields``, ``label``, ``save_label`` (the button: “Przekaż”) and
    implement ``apply(data)``."""

    ignoreContext = True
    success_message = _("Saved.")
    save_label = _("Save")
    template = ViewPageTemplateFile("templates/caseform.pt")

    def case_summary(self):
        return summary(self.context)

    def updateActions(self):
        super().updateActions()
        self.actions["save"].title = self.save_label

    @button.buttonAndHandler(_("Save"), name="save")
    def handle_save(self, action):
        # A state-changing form needs plone.protect's token; refused, it says nothing of
        # success (the Forbidden ends the request before any message is set).
        CheckAuthenticator(self.request)
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            self.apply(data)
        except CaseInputError as error:
            transaction.doom()
            widget = error.field if error.field in self.widgets else None
            if widget:
                raise WidgetActionExecutionError(widget, Invalid(error.message)) from error
            self.status = error.message
            return
        self.request.response.redirect(self.next_url())
        api.portal.show_message(self.success_message, request=self.request)

    def next_url(self):
        """Where the form goes once applied: the case (the reply form: the new draft)."""
        return self.context.absolute_url()

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())


def comment_fields(title, description):
    """The one required field of a transition that must say why: ``comment``."""

    class ICommentForm(Interface):
        comment = schema.Text(title=title, description=description, required=True)

    return field.Fields(ICommentForm)


class TransitionWithCommentForm(CaseActionForm):
    """A transition whose comment is required (the type's ``transition_checks`` check it on
    every way in); subclasses set ``transition`` and ``fields = comment_fields(...)``."""

    transition = None

    def apply(self, data):
        api.content.transition(
            obj=self.context, transition=self.transition, comment=data["comment"]
        )


def view_for(form_class):
    return wrap_form(form_class)
