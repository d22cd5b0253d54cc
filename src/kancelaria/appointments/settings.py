"""The appointment requests' settings the office edits (Site setup → Configuration
registry, ``kancelaria.appointments.*``): how many requests one address may send."""

from kancelaria import _
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.interface import Interface

PREFIX = "kancelaria.appointments"


class IAppointmentSettings(Interface):
    """Requests per client address (the page and REST together)."""

    attempts = schema.Int(
        title=_("Appointment requests per address"),
        description=_("How many requests one address may send in the window below."),
        default=5,
        min=1,
        required=True,
    )
    window = schema.Int(
        title=_("Window of the requests per address (seconds)"),
        default=3600,
        min=1,
        required=True,
    )


def get(name):
    """The record ``name``; its default while a site has no record yet."""
    value = getUtility(IRegistry).get(f"{PREFIX}.{name}")
    return IAppointmentSettings[name].default if value is None else value


def register():
    """The records, where missing (what the office set stays; the upgrade calls it)."""
    getUtility(IRegistry).registerInterface(IAppointmentSettings, prefix=PREFIX)
