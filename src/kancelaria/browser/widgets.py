"""Plone's date widgets, showing a date the Polish way (16.11.2026) where a form only
displays it (the day of receipt after registration, an answer's date); input stays the
browser's own date picker.

``ZonedDatetimeFieldWidget`` (a field's ``directives.widget``): a moment kept with its zone
(in UTC, as REST keeps it) is shown in the form in Warsaw's time, and what is typed is
Warsaw's time — Plone's widget shows the stored zone's hour and saves a naive one."""

from kancelaria import clock
from kancelaria import formats
from plone.app.z3cform.converters import DatetimeWidgetConverter
from plone.app.z3cform.widgets import datetime as plone_widgets
from z3c.form.interfaces import DISPLAY_MODE
from z3c.form.interfaces import IFieldWidget
from z3c.form.widget import FieldWidget
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.interfaces import IDatetime


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


class IZonedDatetimeWidget(Interface):
    """A datetime widget whose moments are Warsaw's."""


def _zone_name(context=None):
    zone = clock.zone()
    return getattr(zone, "zone", None) or getattr(zone, "key", None) or str(zone)


@implementer(IZonedDatetimeWidget)
class ZonedDatetimeWidget(DatetimeWidget):
    default_timezone = staticmethod(_zone_name)


@adapter(IDatetime, IZonedDatetimeWidget)
class ZonedDatetimeConverter(DatetimeWidgetConverter):
    def toWidgetValue(self, value):
        if value is not self.field.missing_value and getattr(value, "tzinfo", None):
            value = value.astimezone(clock.zone())
        return super().toWidgetValue(value)


@implementer(IFieldWidget)
def ZonedDatetimeFieldWidget(field, request):
    return FieldWidget(field, ZonedDatetimeWidget(request))
