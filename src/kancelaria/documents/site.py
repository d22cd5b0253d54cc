"""The parts of a document that come from the site: the letterhead, the place, the
signatory, the language. Registry records only (``settings``, ``public``)."""

from kancelaria import public
from kancelaria import settings
from kancelaria.documents.model import Letterhead
from kancelaria.documents.model import Signatory
from plone import api


def _setting(name):
    return settings.get(name, settings.IKancelariaSettings[name].default) or ""


def letterhead():
    """The city hall, the office, its address, phone and e-mail."""
    contact = public.contact()
    office = api.portal.get_registry_record("plone.site_title", default=public.OFFICE_NAME)
    return Letterhead(
        city_hall=contact.get("city_hall") or "",
        office=office or public.OFFICE_NAME,
        address=_setting("letter_address"),
        phone=contact.get("phone") or "",
        email=contact.get("email") or "",
    )


def place():
    return _setting("letter_place")


def signatory(name=None):
    """Who signs: ``name`` when the letter names one, else the settings' signatory."""
    return Signatory(
        name=(name or "").strip() or _setting("signatory_name"),
        function=_setting("signatory_function"),
    )


def language():
    """The office's language: a document speaks it whoever prints it."""
    return api.portal.get_default_language() or "pl"
