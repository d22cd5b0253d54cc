"""A small base for the case actions' forms: refused input lands on the field it names."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.protect import CheckAuthenticator
from plone.z3cform.layout import wrap_form
from z3c.form import button
from z3c.form import form
from z3c.form.interfaces import WidgetActionExecutionError
from zope.interface import Invalid

import transaction


class CaseActionForm(form.Form):
    """Subclasses set ``schema``/``fields`` and implement ``apply(data)``."""

    ignoreContext = True
    success_message = _("Saved.")

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
        self.request.response.redirect(self.context.absolute_url())
        api.portal.show_message(self.success_message, request=self.request)

    @button.buttonAndHandler(_("Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())


def view_for(form_class):
    return wrap_form(form_class)
