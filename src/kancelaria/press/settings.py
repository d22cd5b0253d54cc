"""The press office's data the office edits (Site setup → Configuration registry,
``kancelaria.press.*``): the press contact a new press release starts with, and the
information campaigns news are tagged with."""

from kancelaria import _
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.interface import Interface

PREFIX = "kancelaria.press"

DEFAULT_CAMPAIGNS = {"budzet-obywatelski": "Budżet obywatelski"}


class IPressSettings(Interface):
    """The press office's contact (the default of each new press release and conference)
    and the campaigns (identifier → name; the identifier is in the campaign's address)."""

    contact_name = schema.TextLine(
        title=_("Press contact"),
        default="Biuro Rzecznika Prasowego Prezydenta Miasta",
        required=False,
    )
    contact_phone = schema.TextLine(
        title=_("Press contact's phone"), default="32 3491 826", required=False
    )
    contact_email = schema.TextLine(
        title=_("Press contact's e-mail"), default="kpm@swietochlowice.pl", required=False
    )
    campaigns = schema.Dict(
        title=_("Information campaigns"),
        description=_("Identifier (letters, digits, hyphens) and name of each campaign."),
        key_type=schema.ASCIILine(title=_("Identifier")),
        value_type=schema.TextLine(title=_("Name")),
        default=DEFAULT_CAMPAIGNS,
        required=False,
    )


def get(name):
    """The record ``name``; its default while a site has no record yet."""
    value = getUtility(IRegistry).get(f"{PREFIX}.{name}")
    return IPressSettings[name].default if value is None else value


def campaigns():
    """``{identifier: name}`` of the campaigns."""
    return dict(get("campaigns") or {})


def contact():
    return {name: get(f"contact_{name}") or "" for name in ("name", "phone", "email")}


def register():
    """The records, where missing (what the office set stays; an upgrade calls it)."""
    getUtility(IRegistry).registerInterface(IPressSettings, prefix=PREFIX)
