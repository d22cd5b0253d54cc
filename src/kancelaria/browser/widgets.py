"""Plone's date widgets, showing a date the Polish way (16.11.2026) where a form only
displays it (the day of receipt after registration, an answer's date); input stays the
browser's own date picker."""

from kancelaria import formats
from plone.app.z3cform.widgets import datetime as plone_widgets
from z3c.form.interfaces import DISPLAY_MODE
from z3c.form.interfaces import IFieldWidget
from z3c.form.widget import FieldWidget
from zope.interface import implementer


class DateWidget(plone_widgets.DateWidget):
    def render(self):
        if self.mode == DISPLAY_MODE:
            return formats.date(self.value)  # the widget's value is the ISO date
        return super().render()


class DatetimeWidget(plone_widgets.DatetimeWidget):
    def render(self):
        if self.mode == DISPLAY_MODE:
            return formats.datetime(self.value)
        return super().render()


@implementer(IFieldWidget)
def DateFieldWidget(field, request):
    return FieldWidget(field, DateWidget(request))


@implementer(IFieldWidget)
def DatetimeFieldWidget(field, request):
    return FieldWidget(field, DatetimeWidget(request))
