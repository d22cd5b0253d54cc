"""What the public forms without an account share (the patronage application on
``/patronaty``, the appointment request on ``/kontakt``), on the page and over REST alike:

- the honeypot: a field a person leaves empty (hidden from people, not from robots that fill
  every input), collective.honeypot's idea as one small check;
- the attempts per client address (the core's limiter, ``case.ratelimit``), each form with
  its own count;
- the texts read from a page's strings or JSON values, the e-mail and phone formats;
- the errors collected per field before anything is written (``Submission``).
"""

from dataclasses import dataclass
from dataclasses import field
from kancelaria import _
from kancelaria.case import ratelimit
from kancelaria.case.errors import CaseInputError
from plone import api

import re

HONEYPOT = "website"

EMAIL_RE = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()/-]{5,22}[0-9]$")


@dataclass
class Submission:
    """The checked values of one form and its errors, the first error per field."""

    values: dict = field(default_factory=dict)
    attachments: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def error(self, name, message):
        if not any(e.field == name for e in self.errors):
            self.errors.append(CaseInputError(name, message))

    def has_error(self, name):
        return any(e.field == name for e in self.errors)


def filled_honeypot(data):
    return bool(data.get(HONEYPOT))


def honeypot_error():
    return CaseInputError(HONEYPOT, _("apply_honeypot", default="this field must stay empty."))


def limited(request, part, limit, window):
    """Count this attempt of the address at the form ``part`` (page and REST together): the
    seconds to wait, or 0."""
    site = "/".join(api.portal.get().getPhysicalPath())
    key = (f"{site}#{part}", ratelimit.client_address(request))
    return ratelimit.LIMITER.attempt(key, limit, window)


def minutes(seconds):
    return str(max(1, -(-seconds // 60)))


def text(sub, data, name):
    """The stripped text of ``name`` ('' when missing); anything but a text is an error."""
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        sub.error(name, _("error_text_expected", default="give a text."))
        return ""
    return value.strip()


def flag(sub, data, name):
    value = data.get(name)
    if value in (None, "", False, "0", "false", "off", "no"):
        return False
    if value in (True, "1", "true", "on", "yes"):
        return True
    sub.error(name, _("apply_flag", default="answer yes or no."))
    return False


def check_email(sub, name, value):
    if value and not EMAIL_RE.match(value):
        sub.error(
            name,
            _(
                "apply_email_format",
                default="'${value}' is not an e-mail address, e.g. biuro@fundacja.pl.",
                mapping={"value": value[:100]},
            ),
        )


def check_phone(sub, name, value):
    digits = re.sub(r"\D", "", value)
    if value and (not PHONE_RE.match(value) or not 9 <= len(digits) <= 15):
        sub.error(
            name,
            _(
                "apply_phone_format",
                default="'${value}' is not a phone number, e.g. 32 349 18 26 or +48 600 100 200.",
                mapping={"value": value[:100]},
            ),
        )
