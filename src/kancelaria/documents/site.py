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


#: Who signs a document that names nobody (an interpellation's answer): the mayor.
DEFAULT_SIGNATORY = "prezydent"


def signatory(signatory_id=None):
    """Who signs: the row of the settings' ``signatories`` the letter names, else the
    mayor's (else the first). A name that only repeats the function is printed once."""
    rows = settings.signatories()
    row = rows.get(signatory_id or DEFAULT_SIGNATORY) or next(iter(rows.values()), {})
    function = (row.get("function") or "").strip()
    name = (row.get("fullname") or "").strip()
    return Signatory(name="" if name == function else name, function=function)


def language():
    """The office's language: a document speaks it whoever prints it."""
    return api.portal.get_default_language() or "pl"
