"""The add and edit forms of a registered case, as the office reads them.

- The heading is the type's own (``CaseType.add_label``/``edit_label``: “Zarejestruj
  interpelację”, “Edytuj interpelację”), not Plone's “Add Interpelacja”.
- No “Settings” tab with “Versioning enabled”: every edit of a case is a version (the
  versions feed the public change register), so nobody switches it off in a form.
- The JRWA class starts at the type's default class (``type_jrwa``), shown by its title.

The day of receipt on the first tab and the “— choose —” prompts of choices are form hints
on the schemata (``kancelaria.case.behaviors``, the types' modules).
"""

from kancelaria.case import casetype
from kancelaria.case import registration
from kancelaria.case.behaviors import ICase
from plone.dexterity.browser.edit import DefaultEditForm
from plone.dexterity.interfaces import IDexterityEditForm
from plone.z3cform import layout
from plone.z3cform.fieldsets.utils import remove
from z3c.form.interfaces import IAddForm
from z3c.form.widget import ComputedWidgetAttribute
from zope.interface import classImplements

#: Fields of behaviors a case's forms never show.
HIDDEN_FIELDS = ("IVersionable.versioning_enabled",)


class CaseFormMixin:
    """For forms of ``self.portal_type``: nothing changes for a type outside the core."""

    label_attribute = None  # "add_label" or "edit_label"

    @property
    def case_type(self):
        return casetype.for_type(self.portal_type)

    @property
    def label(self):
        declared = getattr(self.case_type, self.label_attribute, None)
        return declared if declared is not None else super().label

    def updateFields(self):
        super().updateFields()
        if self.case_type is None:
            return
        for name in HIDDEN_FIELDS:
            remove(self, name)
        self.groups = [group for group in self.groups if len(group.fields)]


class CaseEditForm(CaseFormMixin, DefaultEditForm):
    label_attribute = "edit_label"


CaseEditView = layout.wrap_form(CaseEditForm)
classImplements(CaseEditView, IDexterityEditForm)


def _type_default_jrwa(adapter):
    """The add form's JRWA class: the type's default (its fieldset's form is the group)."""
    form = getattr(adapter.view, "parentForm", adapter.view)
    if not IAddForm.providedBy(form):
        return None
    return registration.default_jrwa(getattr(form, "portal_type", None))


jrwa_default = ComputedWidgetAttribute(_type_default_jrwa, field=ICase["jrwa"])
