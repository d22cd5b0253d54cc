"""One answer to a status check, shared by the page and ``POST /@case-status``: the rate
limit first (every attempt counts), then the two fields, then the case or the one
not-found message that never says which part was wrong."""

from dataclasses import dataclass
from dataclasses import field
from kancelaria import _
from kancelaria.case import ratelimit
from kancelaria.case import statuscheck
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from plone import api
from zope.i18n import translate

import re

#: ``UNIT.JRWA.NUMBER.YEAR`` as a person may type it.
SIGNATURE_RE = re.compile(r"^[A-Za-z0-9]{1,20}\.[0-9]{1,4}\.[0-9]{1,9}\.[0-9]{4}$")
MAX_INPUT = 100

NOT_FOUND = _(
    "status_not_found",
    default="No case matches this signature and access code. Check both and try again.",
)
REQUIRED = {
    "signature": _("status_signature_required", default="enter the case signature."),
    "code": _("status_code_required", default="enter the access code."),
}


def in_site_language(message):
    """A message in the site's language (Polish), whatever the client's headers say."""
    return translate(message, target_language=api.portal.get_default_language() or "pl")


def too_many(seconds):
    minutes = max(1, -(-seconds // 60))
    return _(
        "status_too_many",
        default="Too many attempts from your address. Try again in ${minutes} min.",
        mapping={"minutes": str(minutes)},
    )


@dataclass
class Outcome:
    status: int
    facts: dict | None = None
    #: Every field's error (the page shows each; REST answers the first).
    errors: list = field(default_factory=list)
    message: object = None
    retry_after: int = 0

    @property
    def error(self):
        return self.errors[0] if self.errors else None


def check_signature(value):
    value = text_param(value, "signature", required=True, message=REQUIRED["signature"])
    if len(value) > MAX_INPUT or not SIGNATURE_RE.match(value):
        raise CaseInputError(
            "signature",
            _(
                "status_signature_format",
                default="a case signature has four parts separated by dots, e.g. KPM.0003.12.2026.",
            ),
        )
    return value


def check_code(value):
    value = text_param(value, "code", required=True, message=REQUIRED["code"])
    normal = statuscheck.normalize(value)
    if (
        len(value) > MAX_INPUT
        or len(normal) != statuscheck.LENGTH
        or (set(normal) - set(statuscheck.ALPHABET + "01ILO"))
    ):
        raise CaseInputError(
            "code",
            _(
                "status_code_format",
                default="an access code has ${length} letters and digits, e.g. ${example}.",
                mapping={"length": str(statuscheck.LENGTH), "example": "K7M2P-QX9RT"},
            ),
        )
    return value


def limited(request):
    """Count the attempt; an ``Outcome`` 429 when the address has used up its attempts."""
    wait = ratelimit.check(request, "/".join(api.portal.get().getPhysicalPath()))
    if wait:
        return Outcome(429, message=too_many(wait), retry_after=wait)
    return None


def lookup(signature, code):
    errors = []
    for check, value in ((check_signature, signature), (check_code, code)):
        try:
            check(value)
        except CaseInputError as error:
            errors.append(error)
    if errors:
        return Outcome(400, errors=errors)
    obj = statuscheck.find(signature, code)
    if obj is None:
        return Outcome(404, message=NOT_FOUND)
    return Outcome(200, facts=statuscheck.facts(obj))


def answer(request, signature, code):
    return limited(request) or lookup(signature, code)
