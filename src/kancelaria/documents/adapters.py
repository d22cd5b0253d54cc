"""Items as documents: adapters to ``ILetterDocument`` and ``IReceiptDocument``.

- ``InterpellationAnswer``: an interpellation's answer as the mayor's letter to the
  councillor (registered for ``IInterpellation`` in ``configure.zcml``);
- ``OutgoingLetterDocument`` and ``IncomingLetterReceipt`` read the fields CONTRACT.md names
  for ``OutgoingLetter`` and ``IncomingLetter`` (``title``, ``recipients``, ``body``,
  ``signatory``, ``sent_date``, ``in_reply_to``; ``incoming_number``, ``sender_*``,
  ``received_date``): registering them for the two types is ZCML only. The tests register
  them for the test case type (``testing.zcml``).
"""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria import settings
from kancelaria.case import statuscheck
from kancelaria.documents import site
from kancelaria.documents.interfaces import ILetterDocument
from kancelaria.documents.interfaces import IReceiptDocument
from kancelaria.documents.model import Letter
from kancelaria.documents.model import Party
from kancelaria.documents.model import Receipt
from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer

import re

UNSAFE_FILENAME_RE = re.compile(r"[^A-Za-z0-9._-]+")

ANSWER_SUBJECTS = {
    "interpellation": _(
        "answer_subject_interpellation", default="Answer to the interpellation: ${title}"
    ),
    "inquiry": _("answer_subject_inquiry", default="Answer to the inquiry: ${title}"),
    "motion": _("answer_subject_motion", default="Answer to the motion: ${title}"),
    "committee_motion": _(
        "answer_subject_committee_motion", default="Answer to the committee motion: ${title}"
    ),
}


def rich_text(value):
    """The HTML a rich text field holds (``RichTextValue`` or a string)."""
    if value is None:
        return ""
    return getattr(value, "raw", value) or ""


def safe_filename(*parts):
    name = "-".join(p for p in parts if p)
    return UNSAFE_FILENAME_RE.sub("-", name).strip("-.") or "dokument"


class _Document:
    def __init__(self, context):
        self.context = context

    def filename(self):
        return safe_filename(getattr(self.context, "signature", None) or self.context.getId())


@implementer(ILetterDocument)
class InterpellationAnswer(_Document):
    """The answer to an interpellation, inquiry or motion, as a letter to the councillor."""

    def letter(self):
        obj = self.context
        body = rich_text(obj.answer)
        if not body.strip():
            return None
        language = site.language()
        councillor = settings.councillors().get(obj.councillor) or {}
        message = ANSWER_SUBJECTS.get(obj.kind, ANSWER_SUBJECTS["interpellation"])
        subject = Message(message, mapping={"title": obj.title})
        return Letter(
            letterhead=site.letterhead(),
            place=site.place(),
            date=obj.answer_date or clock.today(),
            signature=obj.signature or "",
            recipients=[
                Party(
                    name=councillor.get("fullname") or obj.councillor or "",
                    email=councillor.get("email") or "",
                )
            ],
            subject=translate(subject, target_language=language),
            body_html=body,
            signatory=site.signatory(),
            language=language,
        )


def _party(row):
    row = row or {}
    return Party(
        name=row.get("name") or "",
        organisation=row.get("organisation") or "",
        address=row.get("address") or "",
        email=row.get("email") or "",
    )


def resolve(reference):
    """``in_reply_to``: an item, its UID or its path from the portal (``None``: none)."""
    if not reference:
        return None
    if not isinstance(reference, str):
        return getattr(reference, "to_object", reference)
    with api.env.adopt_roles(["Manager"]):  # the reference line only: date and their number
        found = api.content.get(UID=reference) if "/" not in reference else None
        return found or api.content.get(path="/" + reference.lstrip("/"))


@implementer(ILetterDocument)
class OutgoingLetterDocument(_Document):
    """An outgoing letter (CONTRACT: ``OutgoingLetter``)."""

    def references(self, language):
        incoming = resolve(getattr(self.context, "in_reply_to", None))
        if incoming is None:
            return []
        their_date = getattr(incoming, "letter_date", None) or getattr(
            incoming, "received_date", None
        )
        mapping = {
            "date": formats.long_date(their_date, language),
            "reference": getattr(incoming, "sender_reference", None) or "",
        }
        if mapping["reference"]:
            message = _(
                "doc_reply_to_ref",
                default="Your letter of ${date}, ref. ${reference}",
                mapping=mapping,
            )
        else:
            message = _("doc_reply_to", default="Your letter of ${date}", mapping=mapping)
        return [translate(message, target_language=language)]

    def letter(self):
        obj = self.context
        language = site.language()
        return Letter(
            letterhead=site.letterhead(),
            place=site.place(),
            date=getattr(obj, "sent_date", None) or clock.today(),
            signature=getattr(obj, "signature", None) or "",
            recipients=[_party(row) for row in getattr(obj, "recipients", None) or ()],
            subject=obj.title or "",
            body_html=rich_text(getattr(obj, "body", None)),
            signatory=site.signatory(getattr(obj, "signatory", None)),
            references=self.references(language),
            language=language,
        )


@implementer(IReceiptDocument)
class IncomingLetterReceipt(_Document):
    """The receipt confirmation of an incoming letter (CONTRACT: ``IncomingLetter``)."""

    def filename(self):
        language = site.language()
        prefix = translate(_("receipt_filename", default="receipt"), target_language=language)
        return safe_filename(prefix, super().filename())

    def access_code(self):
        """The resident's code for ``/sprawdz-sprawe`` (``kancelaria.case.statuscheck``);
        refused to whoever may not read it."""
        return statuscheck.access_code(self.context) or ""

    def receipt(self):
        obj = self.context
        get = lambda name: getattr(obj, name, None) or ""  # noqa: E731
        return Receipt(
            letterhead=site.letterhead(),
            place=site.place(),
            date=clock.today(),
            signature=get("signature"),
            incoming_number=get("incoming_number"),
            received_date=getattr(obj, "received_date", None),
            sender=Party(
                name=get("sender_name"),
                organisation=get("sender_organisation"),
                address=get("sender_address"),
                email=get("sender_email"),
            ),
            subject=obj.title or "",
            access_code=self.access_code(),
            check_url=f"{api.portal.get().absolute_url()}/sprawdz-sprawe",
            language=site.language(),
        )
