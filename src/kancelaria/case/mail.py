"""E-mail from the case core, sent through the site's MailHost once the transaction commits."""

from email import policy
from email.message import EmailMessage
from kancelaria import _
from kancelaria import formats
from kancelaria import logger
from kancelaria import settings
from plone import api
from zope.i18n import translate

import transaction


def sender():
    address = api.portal.get_registry_record("plone.email_from_address", default="")
    name = api.portal.get_registry_record("plone.email_from_name", default="")
    return f"{name} <{address}>" if address and name else address


def tr(message):
    """Mail speaks the site's language, whoever triggered it."""
    return translate(message, target_language=api.portal.get_default_language())


def send(to, subject, body, suffix="", attachments=(), mfrom=None):
    """Queue one plain-text message; it leaves only if the transaction commits.

    ``attachments``: ``(filename, media type, bytes)`` each (a decision letter's PDF);
    ``mfrom``: another sender than the site's (the office's own address)."""
    mfrom = mfrom or sender()
    if not to or not mfrom:
        logger.warning("Not sending %r: no recipient or no site sender address", subject)
        return False
    # With attachments a message is larger than one line of SMTP (1,000 bytes): its lines
    # must end with CRLF as RFC 5321 says (smtplib sends bytes as they are).
    message = EmailMessage(policy=policy.SMTP if attachments else policy.default)
    message["Subject"] = tr(subject)
    message["From"] = mfrom
    message["To"] = to
    message.set_content(tr(body) + suffix)
    for filename, media_type, data in attachments:
        maintype, _sep, subtype = media_type.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    transaction.get().addAfterCommitHook(_deliver, args=(api.portal.get_tool("MailHost"), message))
    return True


def _deliver(committed, mailhost, message):
    """After the commit: mail for a rolled-back action never leaves, and a mail server that
    is down never undoes the action (the failure is logged for the administrator)."""
    if not committed:
        return
    try:
        mailhost.send(message, immediate=True)
    except Exception:  # noqa: BLE001 - any SMTP failure is logged, never raised
        logger.exception("Mail %r to %s was not sent", message["Subject"], message["To"])


def notify_routed(obj, event):
    """Tell each department that got the case."""
    for row in settings.department_rows(event.added):
        mapping = {
            "signature": obj.signature or "",
            "title": obj.Title(),
            "url": obj.absolute_url(),
            "deadline": formats.date(obj.deadline, "—"),
            "comment": event.comment or "",
            "department": row["title"],
        }
        send(
            row.get("email"),
            _(
                "mail_routed_subject",
                default="Case ${signature} routed to you: ${title}",
                mapping=mapping,
            ),
            _(
                "mail_routed_body",
                default="The case ${signature} “${title}” was routed to "
                "${department}.\n\nDeadline: ${deadline}\nComment: ${comment}\n\n${url}",
                mapping=mapping,
            ),
        )
