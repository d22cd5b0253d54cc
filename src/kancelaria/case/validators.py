"""The limits in the Classic UI add and edit forms: z3c.form validators on the add-on's
layer, so a refused value gets its message on its own field."""

from kancelaria.case import limits
from plone.formwidget.namedfile.validator import NamedFileWidgetValidator
from z3c.form import validator
from z3c.form.interfaces import IAddForm
from z3c.form.interfaces import IEditForm
from zope.interface import Invalid


def _content_form(form):
    """The add or edit form a (group) form belongs to, or ``None``."""
    while form is not None and not (IAddForm.providedBy(form) or IEditForm.providedBy(form)):
        form = getattr(form, "parentForm", None)
    return form


def applies(context, form):
    form = _content_form(form)
    if form is None:
        return False
    if IAddForm.providedBy(form):
        portal_type = getattr(form, "portal_type", None)
        return limits.in_case(context) or bool(portal_type and limits.is_case_type(portal_type))
    return limits.in_case(context)


class LimitsMixin:
    def validate(self, value, force=False):
        super().validate(value, force)
        if applies(self.context, self.view):
            message = limits.problem(self.field, value)
            if message is not None:
                raise Invalid(message)


class TextLimitsValidator(LimitsMixin, validator.SimpleFieldValidator):
    """Text, one-line and rich-text fields."""


class FileLimitsValidator(LimitsMixin, NamedFileWidgetValidator):
    """File and image fields (keeps plone.formwidget.namedfile's own check)."""
