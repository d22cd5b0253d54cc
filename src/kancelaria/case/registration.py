"""Registration of a case: the signature, the JRWA class, the receipt date and the deadline.

Who owns which field (``kancelaria.case.behaviors``): the office (``kancelaria: Change
deadline``, the Clerk role) sets the receipt date and the JRWA class at registration; after
registration the JRWA class is part of the signature and stays, and the receipt date and the
deadline change only here, with a reason kept in the case history.
"""

from datetime import date
from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case import numbering
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from zope.globalrequest import getRequest

#: No office registers a case received before this day.
EARLIEST_RECEIPT = date(2000, 1, 1)
#: A deadline further than this from the day of receipt is a typing error.
MAX_DEADLINE_DAYS = 3660


def default_jrwa(portal_type):
    """The office's default class for a type (``kancelaria.type_jrwa`` in the registry)."""
    return settings.get("type_jrwa", {}).get(portal_type)


def receipt_date_error(value):
    """Why ``value`` cannot be a day of receipt (``None`` when it can)."""
    if value > clock.today():
        return _(
            "error_received_future",
            default="${date} is in the future: a case is registered when it has arrived.",
            mapping={"date": value.isoformat()},
        )
    if value < EARLIEST_RECEIPT:
        return _(
            "error_received_too_early",
            default="${date} is before ${earliest}.",
            mapping={"date": value.isoformat(), "earliest": EARLIEST_RECEIPT.isoformat()},
        )
    return None


def check_receipt_date(value):
    message = receipt_date_error(value)
    if message is not None:
        raise CaseInputError("received_date", message)


def register(obj):
    """Give a new case its JRWA class, signature and deadline (once)."""
    if getattr(obj, "signature", None):
        return
    jrwa = getattr(obj, "jrwa", None) or default_jrwa(obj.portal_type)
    if not jrwa:
        raise CaseInputError(
            "jrwa",
            _(
                "error_no_jrwa",
                default="no JRWA class was given and the settings name no default "
                "class for ${type}.",
                mapping={"type": obj.portal_type},
            ),
        )
    if jrwa not in settings.jrwa_classes():
        raise CaseInputError(
            "jrwa",
            _(
                "error_unknown_jrwa",
                default="'${jrwa}' is not a JRWA class of the settings.",
                mapping={"jrwa": jrwa},
            ),
        )
    # Stored, never left to the field's default: a default is computed on every read, so
    # an unstored receipt date would move with the calendar.
    received = obj.__dict__.get("received_date") or clock.today()
    check_receipt_date(received)
    obj.received_date = received
    obj.jrwa = jrwa
    # The year of the signature is the year the case began (DOMAIN.md rule 1).
    given = given_deadline(obj, received)
    obj.signature = numbering.new_signature(settings.get("unit_symbol", "KPM"), jrwa, on=received)
    obj.deadline = given or deadlines.case_deadline(obj)
    obj.deadline_changed = given is not None


#: Where ``POST`` leaves the deadline and departments an issuer gives a new case
#: (``CaseType.issued``).
GIVEN_DEADLINE = "kancelaria.given_deadline"
GIVEN_DEPARTMENTS = "kancelaria.given_departments"


def route_given(obj):
    """Route a new issued case to the departments given with it (``POST``), as ``@route``
    does: local roles, history, the mail."""
    from kancelaria.case import routing

    declared = casetype.of(obj)
    request = getRequest()
    if declared is None or not declared.issued or request is None:
        return
    symbols = request.other.pop(GIVEN_DEPARTMENTS, None)
    if symbols:
        routing.route(obj, symbols)


def given_deadline(obj, received):
    """The deadline the issuer gave a type that takes one at registration (a directive):
    set on the object, or sent with ``POST``; never before the day of receipt."""
    declared = casetype.of(obj)
    if declared is None or not declared.issued:
        return None
    given = obj.__dict__.get("deadline")
    if given is None:
        request = getRequest()
        given = request.other.get(GIVEN_DEADLINE) if request is not None else None
    if given is None:
        return None
    check_deadline(given, received)
    return given


def refresh_deadline(obj):
    """After what decides the deadline changed (the kind, the receipt date): recompute a
    deadline nobody set by hand. Returns the new deadline when it moved."""
    if getattr(obj, "deadline_changed", False):
        return None
    new = deadlines.case_deadline(obj)
    if new == getattr(obj, "deadline", None):
        return None
    obj.deadline = new
    obj.reindexObject(idxs=["deadline"])
    return new


def change_receipt(obj, new_received, reason):
    """Correct the day of receipt of a registered case; the reason goes to the history.

    The deadline follows unless it was set by hand. The day stays in the year of the
    signature: the number belongs to that year's list."""
    if not isinstance(new_received, date):
        raise CaseInputError(
            "received_date", _("error_deadline_missing", default="a date is required.")
        )
    old = obj.received_date
    if new_received == old:
        return None
    check_receipt_date(new_received)
    reason = text_param(
        reason,
        "reason",
        required=True,
        message=_(
            "error_receipt_reason",
            default="a reason is required to change the day of receipt.",
        ),
    )
    year = numbering.parse_signature(obj.signature)[3] if obj.signature else None
    if year is not None and new_received.year != year:
        raise CaseInputError(
            "received_date",
            _(
                "error_received_other_year",
                default="${date} is not in ${year}, the year of the signature ${signature}.",
                mapping={
                    "date": new_received.isoformat(),
                    "year": str(year),
                    "signature": obj.signature,
                },
            ),
        )
    obj.received_date = new_received
    obj.reindexObject(idxs=["received_date"])
    moved = refresh_deadline(obj)
    comment = f"{old.isoformat() if old else '—'} → {new_received.isoformat()}: {reason}"
    history.record(
        obj,
        "change_receipt",
        comment=comment,
        kancelaria_old_received=old.isoformat() if old else None,
        kancelaria_received=new_received.isoformat(),
        kancelaria_deadline=moved.isoformat() if moved else None,
    )
    return moved


def change_deadline(obj, new_deadline, reason):
    """Set a deadline by hand; the reason and the old date go to the case history."""
    if not isinstance(new_deadline, date):
        raise CaseInputError("deadline", _("error_deadline_missing", default="a date is required."))
    reason = text_param(
        reason,
        "reason",
        required=True,
        message=_("error_deadline_reason", default="a reason is required to change a deadline."),
    )
    check_deadline(new_deadline, getattr(obj, "received_date", None))
    old = getattr(obj, "deadline", None)
    obj.deadline = new_deadline
    obj.deadline_changed = True
    obj.reindexObject(idxs=["deadline"])
    history.record(
        obj,
        "change_deadline",
        comment=f"{old.isoformat() if old else '—'} → {new_deadline.isoformat()}: {reason}",
        kancelaria_old_deadline=old.isoformat() if old else None,
        kancelaria_deadline=new_deadline.isoformat(),
    )


def check_deadline(new_deadline, received):
    """A deadline is a date, not before the day of receipt, nor ten years after it."""
    if not isinstance(new_deadline, date):
        raise CaseInputError("deadline", _("error_deadline_missing", default="a date is required."))
    if received and new_deadline < received:
        raise CaseInputError(
            "deadline",
            _(
                "error_deadline_before_receipt",
                default="${deadline} is before the day of receipt ${received}.",
                mapping={
                    "deadline": new_deadline.isoformat(),
                    "received": received.isoformat(),
                },
            ),
        )
    if received and (new_deadline - received).days > MAX_DEADLINE_DAYS:
        raise CaseInputError(
            "deadline",
            _(
                "error_deadline_too_far",
                default="${deadline} is more than ten years after the day of receipt.",
                mapping={"deadline": new_deadline.isoformat()},
            ),
        )
