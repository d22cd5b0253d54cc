"""The city's anniversaries the office marks every year (``kancelaria.ceremonies.*``, Site
setup → “Ceremonies”, ``@@ceremonies-settings``): rows ``month``, ``day``, ``title``. The
year's ceremonies are generated from them and the state holidays (``calendar``)."""

from kancelaria import _
from kancelaria.settings import SettingsRow
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import invariant

PREFIX = "kancelaria.ceremonies"

#: None until the office enters the city's own dates (the town rights, the city's festival):
#: a made-up date would put a ceremony in the calendar that nobody plans.
DEFAULT_ANNIVERSARIES = []


class IAnniversaryRow(Interface):
    month = schema.Int(title=_("Month"), required=True, min=1, max=12)
    day = schema.Int(title=_("Day"), required=True, min=1, max=31)
    title = schema.TextLine(title=_("Title"), required=True)

    @invariant
    def real_day(row):
        from datetime import date

        try:
            date(2024, row.month, row.day)  # a leap year: 29 February is a day
        except (TypeError, ValueError) as error:
            raise Invalid(
                _("error_anniversary_day", default="no such day in the month.")
            ) from error


class ICeremonySettings(Interface):
    anniversaries = schema.List(
        title=_("City anniversaries"),
        description=_(
            "Marked every year: month, day and the ceremony's title, e.g. the anniversary of "
            "the town rights or the city's festival."
        ),
        value_type=SettingsRow(title=_("Anniversary"), schema=IAnniversaryRow),
        default=DEFAULT_ANNIVERSARIES,
        required=False,
    )


def anniversaries():
    """The rows of the office's anniversaries (the default while a site has no record)."""
    value = getUtility(IRegistry).get(f"{PREFIX}.anniversaries")
    rows = ICeremonySettings["anniversaries"].default if value is None else value
    return [dict(row) for row in rows or ()]


def register():
    """The records, where missing (what the office set stays; the upgrade calls it)."""
    getUtility(IRegistry).registerInterface(ICeremonySettings, prefix=PREFIX)
