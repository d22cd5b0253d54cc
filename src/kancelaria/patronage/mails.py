"""The applicant's e-mails, in Polish, through the core's mail (sent after the commit): the
receipt (the signature and what happens next), the decision (the letter as PDF attached;
when granted, the report link), and the confirmation that the report arrived."""

from kancelaria import _
from kancelaria import formats
from kancelaria import settings
from kancelaria.case import mail
from kancelaria.documents import pdf
from kancelaria.documents.interfaces import ILetterDocument
from zope.i18nmessageid import Message

RECEIPT_SUBJECT = _(
    "mail_patronage_receipt_subject", default="Your application ${signature} has been received"
)
RECEIPT_BODY = _(
    "mail_patronage_receipt_body",
    default="Thank you for your application “${title}”. It has been registered under the "
    "signature ${signature}; please quote it in any letter about it.\n\n"
    "What happens next: the Mayor's Office reviews the application, and the Mayor decides. "
    "The decision comes to this address as a letter (PDF). If the patronage is granted, "
    "after the event you send a short report with photos (within ${days} days of its end) "
    "through the link in that e-mail.\n\n"
    "The register of granted patronages: ${register}",
)
GRANTED_SUBJECT = _(
    "mail_patronage_granted_subject", default="${signature}: your application is granted"
)
REFUSED_SUBJECT = _(
    "mail_patronage_refused_subject", default="${signature}: your application is refused"
)
GRANTED_BODY = _(
    "mail_patronage_granted_body",
    default="The Mayor granted your application “${title}” (${signature}). The decision "
    "letter is attached (PDF).\n\n"
    "After the event, by ${due}, please send a short report with photos through this link "
    "(it is for this application only and works once):\n${link}",
)
REFUSED_BODY = _(
    "mail_patronage_refused_body",
    default="The Mayor refused your application “${title}” (${signature}). The decision "
    "letter with its justification is attached (PDF). The decision is final.",
)
REPORT_SUBJECT = _(
    "mail_patronage_report_subject", default="${signature}: your report has been received"
)
REPORT_BODY = _(
    "mail_patronage_report_body",
    default="Thank you: the report on “${title}” (${signature}) has reached the Mayor's "
    "Office. The link you used no longer works.",
)


def _mapping(obj, **more):
    return {
        "signature": obj.signature or "",
        "title": obj.title or "",
        "due": formats.date(getattr(obj, "report_due", None), "—"),
        "days": str(settings.get("patronage_report_days", 14)),
        "register": obj.aq_parent.absolute_url(),
        **more,
    }


def _send(obj, subject, body, attachments=(), **more):
    mapping = _mapping(obj, **more)
    return mail.send(
        obj.contact_email,
        Message(subject, mapping=mapping),
        Message(body, mapping=mapping),
        attachments=attachments,
    )


def receipt(obj):
    return _send(obj, RECEIPT_SUBJECT, RECEIPT_BODY)


def decision_pdf(obj):
    """``(filename, media type, bytes)`` of the decision letter."""
    document = ILetterDocument(obj)
    return (f"{document.filename()}.pdf", "application/pdf", pdf.letter_pdf(document.letter()))


def decision(obj, granted, report_link=None):
    if granted:
        body, subject = GRANTED_BODY, GRANTED_SUBJECT
    else:
        body, subject = REFUSED_BODY, REFUSED_SUBJECT
    return _send(obj, subject, body, attachments=[decision_pdf(obj)], link=report_link or "")


def report_received(obj):
    return _send(obj, REPORT_SUBJECT, REPORT_BODY)
