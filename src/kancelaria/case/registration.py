"""Registration of a case: the signature, the JRWA class and the first deadline."""

from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case import numbering
from kancelaria.case.errors import CaseInputError


def default_jrwa(portal_type):
    return settings.get("type_jrwa", {}).get(portal_type)


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
    obj.received_date = obj.__dict__.get("received_date") or clock.today()
    obj.jrwa = jrwa
    obj.signature = numbering.new_signature(
        settings.get("unit_symbol", "KPM"), jrwa, on=obj.received_date
    )
    obj.deadline = deadlines.deadline_for(obj)
    obj.deadline_changed = False


def refresh_deadline(obj):
    """After the receipt date was corrected: recompute a deadline nobody set by hand."""
    if getattr(obj, "deadline_changed", False):
        return
    new = deadlines.deadline_for(obj)
    if new != getattr(obj, "deadline", None):
        obj.deadline = new
        history.record(
            obj,
            "recompute_deadline",
            comment=new.isoformat() if new else "",
        )


def change_deadline(obj, new_deadline, reason):
    """Set a deadline by hand; the reason and the old date go to the case history."""
    reason = (reason or "").strip()
    if new_deadline is None:
        raise CaseInputError("deadline", _("error_deadline_missing", default="a date is required."))
    if not reason:
        raise CaseInputError(
            "reason",
            _("error_deadline_reason", default="a reason is required to change a deadline."),
        )
    received = getattr(obj, "received_date", None)
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
