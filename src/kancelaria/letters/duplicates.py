"""The same e-mail is registered once: a register remembers the Message-IDs of the e-mails
registered in it (an annotation: Message-ID → the case's UID).

A case deleted since frees its e-mail; an e-mail without a Message-ID is never a
duplicate."""

from BTrees.OOBTree import OOBTree
from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api
from zope.annotation.interfaces import IAnnotations

KEY = "kancelaria.letters.eml_message_ids"


def _ids(register, create=False):
    annotations = IAnnotations(register)
    if KEY not in annotations and create:
        annotations[KEY] = OOBTree()
    return annotations.get(KEY)


def check_new(register, message_id):
    """Refuse (naming ``file``) an e-mail already registered in ``register``."""
    ids = _ids(register)
    uid = ids.get(message_id) if ids is not None and message_id else None
    if uid is None:
        return
    with api.env.adopt_roles(["Manager"]):  # the clerk may not see the case: still a duplicate
        case = api.content.get(UID=uid)
    if case is None:
        return
    raise CaseInputError(
        "file",
        _(
            "error_eml_duplicate",
            default="this e-mail is already registered as ${signature}.",
            mapping={"signature": getattr(case, "signature", None) or case.Title()},
        ),
    )


def remember(register, message_id, case):
    if message_id:
        _ids(register, create=True)[message_id] = case.UID()
