"""The words a document prints besides its data, in the document's language."""

from kancelaria import _
from kancelaria import formats
from zope.i18n import translate

LABELS = {
    "signature": _("doc_label_signature", default="Our reference:"),
    "subject": _("doc_label_subject", default="Subject:"),
    "phone": _("doc_label_phone", default="phone"),
    "email": _("doc_label_email", default="e-mail"),
    "receipt_title": _("doc_receipt_title", default="Receipt confirmation"),
    "receipt_intro": _(
        "doc_receipt_intro",
        default="The office confirms that it has received and registered the letter below.",
    ),
    "incoming_number": _("doc_label_incoming_number", default="Incoming log number"),
    "case_signature": _("doc_label_case_signature", default="Case signature"),
    "received": _("doc_label_received", default="Received"),
    "sender": _("doc_label_sender", default="Sender"),
    "letter_subject": _("doc_label_letter_subject", default="Subject"),
    "access_code": _("doc_label_access_code", default="Access code"),
    "access_code_note": _(
        "doc_access_code_note",
        default="Keep this code. With the case signature it lets you check the state of "
        "your case at:",
    ),
}


def labels(language):
    return {key: translate(msg, target_language=language) for key, msg in LABELS.items()}


def place_and_date(place, day, language):
    """``Świętochłowice, 27 listopada 2026 r.``"""
    text = formats.long_date(day, language)
    return f"{place}, {text}" if place else text
