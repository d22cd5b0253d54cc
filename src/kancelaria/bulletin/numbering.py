"""An issue's number, ``N/YEAR``: unique in its year, the next one proposed.

The press office may edit a proposed number (a special issue, a number taken over from the
printed series); a number another issue of the same year holds is refused naming
``number``, on every way in (forms, REST, scripts).
"""

from kancelaria import _
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.schema.interfaces import ValidationError

import re

NUMBER_RE = re.compile(r"^([1-9][0-9]{0,3})/([0-9]{4})$")
PORTAL_TYPE = "BulletinIssue"


class InvalidNumber(ValidationError):
    def doc(self):
        return translate(self.args[0], context=getRequest())


FORMAT_MESSAGE = _(
    "error_bulletin_number_format",
    default="give the number as NUMBER/YEAR, e.g. 3/2026.",
)


def parse(number):
    """``(n, year)`` of ``N/YEAR``, or ``None``."""
    found = NUMBER_RE.match(number or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def number_format(value):
    """Schema constraint: ``N/YEAR``."""
    if value and parse(value) is None:
        raise InvalidNumber(FORMAT_MESSAGE)
    return True


def _issues():
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=PORTAL_TYPE):
        yield brain._unrestrictedGetObject()


def stored(issue):
    """The number ``issue`` holds (never a default computed on reading)."""
    issue._p_activate()  # a ghost's __dict__ is empty until loaded
    return issue.__dict__.get("number")


def taken(year, exclude=None):
    """The numbers (``n``) of ``year`` other issues hold, every issue whether published
    or not (read unrestrictedly)."""
    found = set()
    for issue in _issues():
        if exclude is not None and issue.UID() == exclude.UID():
            continue
        parsed = parse(stored(issue))
        if parsed and parsed[1] == year:
            found.add(parsed[0])
    return found


def propose(year=None):
    """The next number of ``year`` (default: this year): one more than the highest."""
    year = year or clock.today().year
    return f"{max(taken(year), default=0) + 1}/{year}"


def duplicate_message(number):
    return _(
        "error_bulletin_number_taken",
        default="issue ${number} already exists; the next free number is ${next}.",
        mapping={"number": number, "next": propose(parse(number)[1])},
    )


def check(issue):
    """Give a new issue its proposed number (for the year of its date); refuse a number
    its year already has."""
    number = (stored(issue) or "").strip()
    if not number:
        year = issue.issue_date.year if getattr(issue, "issue_date", None) else None
        issue.number = propose(year)
        return
    parsed = parse(number)
    if parsed is None:
        raise CaseInputError("number", FORMAT_MESSAGE)
    if parsed[0] in taken(parsed[1], exclude=issue):
        raise CaseInputError("number", duplicate_message(number))
