"""Plone's add form in a register or a case, refusing what the user may not add there.

Plone's form checks the types the container allows only once the view is open and raises a
``ValueError`` (a 500) when the type is not among them, for instance a File where the user
has "Add portal content" but not "Add File", or a Document in a case that holds files only.
Here the same check answers ``Unauthorized``: the login page, or 401/403. A case type's
add form is the office's registration form (``caseforms``).
"""

from AccessControl import Unauthorized
from kancelaria.browser.caseforms import CaseFormMixin
from kancelaria.case import casetype
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.z3cform.interfaces import IDeferSecurityCheck
from zExceptions import BadRequest


class AddForm(CaseFormMixin, DefaultAddForm):
    label_attribute = "add_label"

    def update(self):
        declared = self.case_type
        if declared is not None and declared.inside is not None:
            if getattr(self.context, "portal_type", None) != declared.inside:
                # A plain BadRequest: Plone's error page, with the status 400.
                error = casetype.misplaced(self.portal_type, declared.inside)
                raise BadRequest(error.translated(self.request))
        if not IDeferSecurityCheck.providedBy(self.request):
            allowed = {fti.getId() for fti in self.context.allowedContentTypes()}
            if self.portal_type not in allowed:
                raise Unauthorized(f"You may not add {self.portal_type} here.")
        super().update()

    def nextURL(self):
        """An issued case (a directive) goes on to “Route to department”."""
        declared = self.case_type
        if declared is not None and declared.issued and self._finishedAdd and self.immediate_view:
            return self.immediate_view.rpartition("/")[0] + "/@@route"
        return super().nextURL()


class AddView(DefaultAddView):
    form = AddForm
