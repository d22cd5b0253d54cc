"""A resident's appointment request, read and checked once for the page
``/kontakt/@@umow-spotkanie`` and ``POST /kontakt/@appointment-request``: the honeypot, the
address's attempts, every field's rule (an e-mail or a phone, their formats, the official
from the calendar's list, the consent to the processing of personal data, the lengths of
texts), then the ``AppointmentRequest`` made in ``submitted`` in ``/kancelaria/kalendarz``
and the acknowledgement e-mail.

Nothing is written unless everything is right (errors per field first: the page shows them
all, REST answers the first as a 400 naming it). The public form machinery is the core's
(``kancelaria.case.publicform``), shared with the patronage application.
"""

from Acquisition import aq_base
from kancelaria import _
from kancelaria.appointments import settings
from kancelaria.case import limits
from kancelaria.case import publicform
from kancelaria.content.appointmentrequest import OFFICIALS
from kancelaria.content.appointmentrequest import IAppointmentRequest
from plone import api
from zope.component import queryUtility
from zope.schema.interfaces import IVocabularyFactory

import datetime

#: Where requests are kept (CONTRACT.md).
REGISTER = "kancelaria/kalendarz"
#: The contact page the form belongs to.
CONTACT_PAGE = "kontakt"

TEXT_FIELDS = ("title", "name", "email", "phone", "preferred_dates", "official", "message")

MESSAGES = {
    "title": _("request_title_required", default="enter the subject of the meeting."),
    "name": _("request_name_required", default="enter your name and surname."),
    "email": _(
        "request_contact_required",
        default="give an e-mail address or a phone number, so that the office can answer.",
    ),
    "consent": _(
        "request_consent_required",
        default="the office can take the request only with your consent to the processing "
        "of your personal data.",
    ),
}


def too_many(seconds):
    return _(
        "request_too_many",
        default="Too many requests from your address. Try again in ${minutes} min.",
        mapping={"minutes": publicform.minutes(seconds)},
    )


def limited(request):
    """Count this attempt of the address (page and REST together): the seconds to wait,
    or 0."""
    return publicform.limited(
        request, "appointments", settings.get("attempts"), settings.get("window")
    )


def is_contact_page(context):
    """``/kontakt`` itself (the form and the service answer nowhere else)."""
    contact = api.portal.get().get(CONTACT_PAGE)
    return contact is not None and aq_base(contact) is aq_base(context)


def officials():
    """The calendar's officials as ``[(id, name)]`` (empty while it has none)."""
    factory = queryUtility(IVocabularyFactory, name=OFFICIALS)
    if factory is None:
        return []
    return [(term.value, term.title or term.value) for term in factory(api.portal.get())]


def check_official(sub, value):
    if value and value not in dict(officials()):
        sub.error(
            "official",
            _(
                "request_official_unknown",
                default="choose one of the offered persons: the mayor or a deputy.",
            ),
        )


def read(data):
    """A ``publicform.Submission`` from a mapping of the fields (strings from the page,
    JSON values from REST)."""
    sub = publicform.Submission()
    if publicform.filled_honeypot(data):
        sub.errors.append(publicform.honeypot_error())
        return sub
    values = sub.values
    for name in TEXT_FIELDS:
        values[name] = publicform.text(sub, data, name)
    for name in ("title", "name"):
        if not values[name] and not sub.has_error(name):
            sub.error(name, MESSAGES[name])
    if not (values["email"] or values["phone"]) and not (
        sub.has_error("email") or sub.has_error("phone")
    ):
        sub.error("email", MESSAGES["email"])
    for name, value in values.items():
        problem = limits.problem(IAppointmentRequest[name], value) if value else None
        if problem is not None:
            sub.error(name, problem)
    publicform.check_email(sub, "email", values["email"])
    publicform.check_phone(sub, "phone", values["phone"])
    check_official(sub, values["official"])
    if not publicform.flag(sub, data, "consent") and not sub.has_error("consent"):
        sub.error("consent", MESSAGES["consent"])
    return sub


def register():
    return api.portal.get().unrestrictedTraverse(REGISTER)


def create(sub):
    """Make the ``AppointmentRequest`` of a checked submission (the caller needs no
    account); the acknowledgement goes out once the transaction commits."""
    from kancelaria.appointments import mails

    values = {k: v for k, v in sub.values.items() if v not in (None, "")}
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=register(), type="AppointmentRequest", **values)
        obj.consent_given = datetime.datetime.now(datetime.UTC)
        obj.reindexObject()
    mails.acknowledged(obj)
    return obj
