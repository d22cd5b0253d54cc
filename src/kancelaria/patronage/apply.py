"""An application for honorary patronage, read and checked once for the page on
``/patronaty`` and ``POST /patronaty/@apply``: the honeypot, the address's attempts, every
field's rule (the event far enough ahead, no commercial or fund-raising event, e-mail and
phone formats, the size and type of each attachment, the lengths of texts), then the
``Patronage`` made in ``submitted`` with its signature, and the receipt e-mail.

Nothing is written unless everything is right: errors are collected per field first (the
page shows them all, REST answers the first as a 400 naming it).
"""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import limits
from kancelaria.case import publicform
from kancelaria.content.patronage import ORGANISER_TYPES
from kancelaria.content.patronage import REQUEST_KINDS
from kancelaria.content.patronage import IPatronage
from plone import api
from plone.namedfile.file import NamedBlobFile

#: The field a person leaves empty (the public forms' shared honeypot).
HONEYPOT = publicform.HONEYPOT
#: Attempts per address while a site has no setting yet.
DEFAULT_ATTEMPTS = 5
DEFAULT_WINDOW = 3600
#: At most this many attachments in one application.
MAX_ATTACHMENTS = 10
MAX_PARTICIPANTS = 10_000_000

TEXT_FIELDS = ("title", "organiser_name", "organiser_address", "contact_person", "place")
REQUIRED = ("title", "request_kind", "organiser_name", "contact_email", "event_start")

MESSAGES = {
    "title": _("apply_title_required", default="enter the name of the event."),
    "request_kind": _("apply_kind_required", default="choose what you ask for."),
    "organiser_name": _("apply_organiser_required", default="enter the organiser's name."),
    "contact_email": _("apply_email_required", default="enter an e-mail address for the answer."),
    "event_start": _("apply_start_required", default="enter the day the event starts."),
}


@dataclass
class Attachment:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


#: An application: its checked values, attachments and errors per field.
Application = publicform.Submission


def too_many(seconds):
    return _(
        "apply_too_many",
        default="Too many applications from your address. Try again in ${minutes} min.",
        mapping={"minutes": publicform.minutes(seconds)},
    )


def limited(request):
    """Count this attempt of the address (page and REST together): the seconds to wait,
    or 0. The core's limiter (``case.ratelimit``), with the patronage's own count."""
    limit = settings.get("patronage_apply_attempts", DEFAULT_ATTEMPTS)
    window = settings.get("patronage_apply_window", DEFAULT_WINDOW)
    return publicform.limited(request, "patronage", limit, window)


def _day(app, data, name):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return date.fromisoformat(value.strip())
    except ValueError:
        app.error(
            name,
            _(
                "apply_date",
                default="give a date as YYYY-MM-DD, e.g. ${example}.",
                mapping={"example": (clock.today() + timedelta(days=45)).isoformat()},
            ),
        )
        return None


def _participants(app, data):
    value = data.get("participants")
    if value in (None, ""):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PARTICIPANTS:
        app.error(
            "participants",
            _(
                "apply_participants",
                default="give the expected number of participants as a whole number.",
            ),
        )
        return None
    return value


def check_values(app, data):
    values = app.values
    for name in (
        *TEXT_FIELDS,
        "request_kind",
        "organiser_type",
        "contact_email",
        "contact_phone",
        "description",
    ):
        values[name] = publicform.text(app, data, name)
    for name in REQUIRED:
        if name in values and not values[name]:
            app.error(name, MESSAGES[name])
    for name, value in values.items():
        problem = limits.problem(IPatronage[name], value) if value else None
        if problem is not None:
            app.error(name, problem)
    kind = values["request_kind"]
    if kind and kind not in REQUEST_KINDS:
        app.error(
            "request_kind",
            _(
                "apply_kind_unknown",
                default="choose one of the offered "
                "kinds: honorary patronage, committee, honorary title.",
            ),
        )
    if values["organiser_type"] and values["organiser_type"] not in ORGANISER_TYPES:
        app.error(
            "organiser_type",
            _("apply_organiser_type", default="choose one of the offered kinds of organiser."),
        )
    publicform.check_email(app, "contact_email", values["contact_email"])
    publicform.check_phone(app, "contact_phone", values["contact_phone"])
    values["participants"] = _participants(app, data)
    for name in ("commercial", "fundraising"):
        values[name] = publicform.flag(app, data, name)
    if values["commercial"]:
        app.error(
            "commercial",
            _(
                "apply_commercial",
                default="commercial events do not get "
                "honorary patronage (rule 2 of the rules above).",
            ),
        )
    if values["fundraising"]:
        app.error(
            "fundraising",
            _(
                "apply_fundraising",
                default="fund-raising events do not get "
                "honorary patronage (rule 2 of the rules above).",
            ),
        )
    check_dates(app, data)


def check_dates(app, data):
    start = _day(app, data, "event_start")
    end = _day(app, data, "event_end")
    app.values["event_start"], app.values["event_end"] = start, end
    min_days = settings.get("patronage_min_days", 30)
    earliest = clock.today() + timedelta(days=min_days)
    if start is not None and start < earliest:
        app.error(
            "event_start",
            _(
                "apply_too_soon",
                default="the application must come at least ${days} days before the event "
                "(rule 1): the event may start on ${earliest} at the earliest.",
                mapping={"days": str(min_days), "earliest": earliest.isoformat()},
            ),
        )
    elif start is not None and start > clock.today() + timedelta(days=3 * 366):
        app.error(
            "event_start",
            _(
                "apply_too_far",
                default="the event is more than three years ahead; apply closer to it.",
            ),
        )
    if start is not None and end is not None and end < start:
        app.error(
            "event_end",
            _("apply_end_before_start", default="the event cannot end before it starts."),
        )


def check_attachments(app, attachments):
    if len(attachments) > MAX_ATTACHMENTS:
        app.error(
            "attachments",
            _(
                "apply_too_many_files",
                default="attach at most ${count} files.",
                mapping={"count": str(MAX_ATTACHMENTS)},
            ),
        )
        return
    for attachment in attachments:
        problem = limits.file_problem(attachment.filename, len(attachment.data))
        if problem is not None:
            app.error("attachments", problem)
            return
    app.attachments = list(attachments)


def read(data, attachments=()):
    """An ``Application`` from a mapping of the fields (strings from the page, JSON values
    from REST) and a list of ``Attachment``."""
    app = Application()
    if publicform.filled_honeypot(data):
        app.errors.append(publicform.honeypot_error())
        return app
    check_values(app, data)
    check_attachments(app, attachments)
    return app


def create(app, register):
    """Make the ``Patronage`` of a checked application (the caller needs no account): the
    core gives it its signature, receipt date and deadline. The receipt mail goes out once
    the transaction commits."""
    from kancelaria.patronage import mails

    values = {k: v for k, v in app.values.items() if v not in (None, "")}
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=register, type="Patronage", **values)
        for attachment in app.attachments:
            api.content.create(
                container=obj,
                type="File",
                title=attachment.filename,
                file=NamedBlobFile(
                    data=attachment.data,
                    filename=attachment.filename,
                    contentType=attachment.content_type or "application/octet-stream",
                ),
            )
    mails.receipt(obj)
    return obj
