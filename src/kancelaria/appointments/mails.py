"""The resident's e-mails, in Polish, from the office's own address (the contact data of
``/kontakt``), through the core's mail (sent after the commit): the acknowledgement of the
request, the appointment made (date, time, place, whom) or the refusal (the reason). A
request with a phone number only gets none: the secretariat's page says to phone them."""

from email.utils import formataddr
from kancelaria import _
from kancelaria import formats
from kancelaria import public
from kancelaria.case import mail
from plone import api
from zope.i18nmessageid import Message

ACK_SUBJECT = _("mail_request_ack_subject", default="Your appointment request has been received")
ACK_BODY = _(
    "mail_request_ack_body",
    default="Thank you for your request for an appointment: “${title}”.\n\n"
    "What happens next: the secretariat of the Mayor looks for a date and writes to you "
    "with the date, time and place of the appointment, or with the reason why it cannot "
    "take place.\n\n"
    "Office of the Mayor, ${office_phone}, ${office_email}",
)
SCHEDULED_SUBJECT = _(
    "mail_request_scheduled_subject", default="Your appointment: ${day} at ${time}"
)
SCHEDULED_BODY = _(
    "mail_request_scheduled_body",
    default="Your request “${title}” has been scheduled.\n\n"
    "Date: ${day}\nTime: ${time}–${end}\nPlace: ${place}\nWith: ${officials}\n\n"
    "If the date does not suit you, please call ${office_phone} or write to "
    "${office_email}.",
)
REFUSED_SUBJECT = _(
    "mail_request_refused_subject", default="Your appointment request: no appointment"
)
REFUSED_BODY = _(
    "mail_request_refused_body",
    default="We are sorry: your request “${title}” cannot lead to an appointment.\n\n"
    "Reason: ${reason}\n\n"
    "Office of the Mayor, ${office_phone}, ${office_email}",
)


def office_sender():
    """The office's address (the contact data), with the site's sender name."""
    address = public.contact().get("email") or ""
    if not address:
        return None
    name = api.portal.get_registry_record("plone.email_from_name", default="") or ""
    return formataddr((name, address)) if name else address


def _send(obj, subject, body, **more):
    if not obj.email:
        return False
    contact = public.contact()
    mapping = {
        "title": obj.title or "",
        "office_phone": contact.get("phone") or "",
        "office_email": contact.get("email") or "",
        **more,
    }
    return mail.send(
        obj.email,
        Message(subject, mapping=mapping),
        Message(body, mapping=mapping),
        mfrom=office_sender(),
    )


def acknowledged(obj):
    return _send(obj, ACK_SUBJECT, ACK_BODY)


def scheduled(obj):
    from kancelaria.appointments import scheduling
    from kancelaria.workflows.appointment import in_zone

    found = scheduling.appointment_of(obj)
    if found is None:
        return False
    when = in_zone(found.start)
    until = in_zone(found.end)
    return _send(
        obj,
        SCHEDULED_SUBJECT,
        SCHEDULED_BODY,
        day=formats.date(when),
        time=when.strftime("%H:%M") if when else "",
        end=until.strftime("%H:%M") if until else "",
        place=getattr(found, "place", None) or "—",
        officials=", ".join(scheduling.official_names(getattr(found, "officials", None))) or "—",
    )


def refused(obj):
    return _send(obj, REFUSED_SUBJECT, REFUSED_BODY, reason=obj.refusal_reason or "")
