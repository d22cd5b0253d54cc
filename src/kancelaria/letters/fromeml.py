"""An e-mail (``.eml``) dropped on a register becomes a case there, in one transaction.

The type is the register's case type declared ``from_email`` (``CaseType``): the incoming
letter in ``/kancelaria/korespondencja``. The case is created by the caller (its add
permission is checked, the core gives the signature and the deadline), the fields the type
has are filled from the e-mail (``mapping.letter_values``), and the files go inside: the
original e-mail first, then its attachments. An e-mail registered there before (its
Message-ID) is refused, naming the case (``duplicates``). Anything refused raises before
a thing is written, and the caller's request (REST or form) dooms its transaction.
"""

from AccessControl import Unauthorized
from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.letters import duplicates
from kancelaria.letters import eml
from kancelaria.letters.mapping import letter_files
from kancelaria.letters.mapping import letter_values
from plone import api
from plone.app.textfield.interfaces import IRichText
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import iterSchemata
from plone.namedfile.file import NamedBlobFile
from plone.restapi.services.content.utils import add
from plone.restapi.services.content.utils import create
from zope.event import notify
from zope.lifecycleevent import ObjectCreatedEvent
from zope.schema import getFields

#: The contract's incoming letter: preferred where a register has more than one type
#: taking e-mails.
INCOMING = "IncomingLetter"


def register_path(register):
    portal = api.portal.get().getPhysicalPath()
    return "/".join(register.getPhysicalPath()[len(portal) :])


def email_type(register):
    """The portal type an e-mail becomes in ``register``; ``None`` when it takes none."""
    path = register_path(register)
    names = sorted(
        t.portal_type for t in casetype.all_types().values() if t.register == path and t.from_email
    )
    if INCOMING in names:
        return INCOMING
    return names[0] if names else None


def _typed(field, value):
    if IRichText.providedBy(field) and isinstance(value, str):
        return RichTextValue(value, "text/plain", "text/html")
    return value


def _new(container, portal_type, **values):
    """Make, fill and add one item as plone.restapi's ``POST`` does (permission and type
    constraints checked; named once, when added): the fields of ``values`` the type has."""
    obj = create(container, portal_type, title=values.get("title"))
    for schema in iterSchemata(obj):
        for name, field in getFields(schema).items():
            if name in values and not field.readonly:
                setattr(schema(obj), name, _typed(field, values[name]))
    notify(ObjectCreatedEvent(obj))
    return add(container, obj)


def create_from_eml(register, data):
    """Register the e-mail ``data`` (bytes) in ``register``; returns ``(case, parsed)``.

    ``CaseInputError("file", …)`` for input that is no usable e-mail or a register that
    takes none; ``Unauthorized`` for a caller who may not register there."""
    portal_type = email_type(register)
    if portal_type is None:
        raise CaseInputError(
            "file", _("error_eml_register", default="this register takes no e-mails.")
        )
    fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
    if fti is None or not fti.isConstructionAllowed(register):
        raise Unauthorized(f"Cannot add {portal_type} here")
    parsed = eml.parse(data)
    duplicates.check_new(register, parsed.message_id)
    case = _new(register, portal_type, **letter_values(parsed))
    for item in letter_files(parsed, data):
        blob = NamedBlobFile(data=item.data, contentType=item.content_type, filename=item.filename)
        _new(case, "File", title=item.filename, file=blob)
    duplicates.remember(register, parsed.message_id, case)
    return case, parsed
