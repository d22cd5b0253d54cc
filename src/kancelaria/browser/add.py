"""Plone's add form in a register or a case, refusing what the user may not add there.

Plone's form checks the types the container allows only once the view is open and raises a
``ValueError`` (a 500) when the type is not among them, for instance a File where the user
has "Add portal content" but not "Add File", or a Document in a case that holds files only.
Here the same check answers ``Unauthorized``: the login page, or 401/403. A case type's
add form is the office's registration form (``caseforms``).

A type issued with its deadline and departments (``CaseType.issued``: a directive) gets both
in its add form, as ``POST`` takes them: the core checks the deadline and routes the new case
(local roles, history, the departments' e-mail) once it is registered.
"""

from AccessControl import Unauthorized
from kancelaria import _
from kancelaria.browser.caseforms import CaseFormMixin
from kancelaria.case import casetype
from kancelaria.case import registration
from kancelaria.case.errors import CaseInputError
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.z3cform.interfaces import IDeferSecurityCheck
from z3c.form import field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.form.interfaces import ActionExecutionError
from z3c.form.interfaces import WidgetActionExecutionError
from zExceptions import BadRequest
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid

import transaction


class IIssued(Interface):
    """What an issuer gives a case with it: who carries it out, by when."""

    issued_departments = schema.List(
        title=_("Departments"),
        description=_("Each is told by e-mail and finds it on its desk."),
        value_type=schema.Choice(vocabulary="kancelaria.Departments"),
        required=False,
    )

    issued_deadline = schema.Date(
        title=_("Deadline"),
        description=_("Left empty: the settings' days from the day of receipt."),
        required=False,
    )


#: The core's field → the add form's.
ISSUED_WIDGETS = {"deadline": "issued_deadline", "departments": "issued_departments"}


class AddForm(CaseFormMixin, DefaultAddForm):
    label_attribute = "add_label"

    def update(self):
        declared = self.case_type
        if declared is not None and declared.inside is not None:
            if not declared.placed_in(self.context):
                # A plain BadRequest: Plone's error page, with the status 400.
                error = casetype.misplaced(self.portal_type, declared.containers())
                raise BadRequest(error.translated(self.request))
        if not IDeferSecurityCheck.providedBy(self.request):
            allowed = {fti.getId() for fti in self.context.allowedContentTypes()}
            if self.portal_type not in allowed:
                raise Unauthorized(f"You may not add {self.portal_type} here.")
        super().update()

    @property
    def issued(self):
        declared = self.case_type
        return declared is not None and declared.issued

    def updateFields(self):
        super().updateFields()
        if self.issued:
            self.fields += field.Fields(IIssued)
            self.fields["issued_departments"].widgetFactory = CheckBoxFieldWidget

    def createAndAdd(self, data):
        """Hand the deadline and departments to the core as ``POST`` does; what the core
        refuses is shown on its field and nothing is written."""
        if self.issued:
            symbols = data.pop("issued_departments", None)
            given = data.pop("issued_deadline", None)
            if given is not None:
                self.request.other[registration.GIVEN_DEADLINE] = given
            if symbols:
                self.request.other[registration.GIVEN_DEPARTMENTS] = list(symbols)
            self.routed = bool(symbols)
        try:
            return super().createAndAdd(data)
        except CaseInputError as error:
            transaction.doom()
            widget = ISSUED_WIDGETS.get(error.field, error.field)
            if widget in self.widgets:
                raise WidgetActionExecutionError(widget, Invalid(error.message)) from error
            raise ActionExecutionError(Invalid(error.message)) from error

    def nextURL(self):
        """An issued case (a directive) given no department goes on to “Route to
        department”."""
        if self.issued and self._finishedAdd and self.immediate_view:
            if not getattr(self, "routed", False):
                return self.immediate_view.rpartition("/")[0] + "/@@route"
        return super().nextURL()


class AddView(DefaultAddView):
    form = AddForm
