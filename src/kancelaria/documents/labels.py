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
    # The minutes of a meeting.
    "draft": _("doc_minutes_draft", default="DRAFT"),
    "meeting_subject": _("doc_label_meeting_subject", default="Subject of the meeting:"),
    "chair": _("doc_label_chair", default="Chair:"),
    "minute_taker": _("doc_label_minute_taker", default="Minute-taker:"),
    "attendance": _("doc_label_attendance", default="Attendance"),
    "present": _("doc_label_present", default="Present:"),
    "absent": _("doc_label_absent", default="Absent:"),
    "agenda": _("doc_label_agenda", default="Agenda"),
    "minutes_text": _("doc_label_minutes_text", default="Course of the meeting"),
    "directives": _("doc_label_directives", default="Directives issued at the meeting"),
    "number": _("doc_label_number", default="No."),
    "topic": _("doc_label_topic", default="Topic"),
    "presenter": _("doc_label_presenter", default="Presenter"),
    "directive": _("doc_label_directive", default="Directive"),
    "departments": _("doc_label_departments", default="Departments"),
    "responsible_person": _("doc_label_responsible_person", default="Responsible person"),
    "deadline": _("doc_label_deadline", default="Deadline"),
    "sign_chair": _("doc_sign_chair", default="Chair of the meeting"),
    "sign_minute_taker": _("doc_sign_minute_taker", default="Minutes taken by"),
}


def labels(language):
    return {key: translate(msg, target_language=language) for key, msg in LABELS.items()}


def place_and_date(place, day, language):
    """``Świętochłowice, 27 listopada 2026 r.``"""
    text = formats.long_date(day, language)
    return f"{place}, {text}" if place else text
