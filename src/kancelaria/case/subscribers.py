"""Lifecycle of a case: registered on add, renumbered on copy, kept true on edit, its
transitions checked by the rules its type declares."""

from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case import closing
from kancelaria.case import history
from kancelaria.case import registration
from kancelaria.case import statuscheck
from kancelaria.case.errors import CaseInputError
from kancelaria.case.numbering import parse_signature

import transaction


def _changed(event):
    names = set()
    for description in getattr(event, "descriptions", ()) or ():
        for attribute in getattr(description, "attributes", ()) or ():
            names.add(attribute.split(".")[-1])
    return names


def case_added(obj, event):
    registration.register(obj)
    statuscheck.assign(obj)
    registration.route_given(obj)


def case_copied(obj, event):
    """A copy is a new case: it gets a signature of its own when it is added."""
    obj.signature = None
    obj.deadline = None
    obj.departments = []
    obj.closed_date = None
    statuscheck.forget(obj)


def case_modified(obj, event):
    """The last line of defence behind the forms and the REST API (which refuse these
    changes first, naming the field)."""
    changed = _changed(event)
    if "jrwa" in changed and obj.signature:
        if obj.jrwa != parse_signature(obj.signature)[1]:
            raise CaseInputError(
                "jrwa",
                _(
                    "error_jrwa_fixed",
                    default="the JRWA class is part of the signature ${signature} and "
                    "cannot change after registration.",
                    mapping={"signature": obj.signature},
                ),
            )
    if "received_date" in changed and obj.signature:
        registration.check_receipt_date(obj.received_date)
    if changed & {"received_date", "kind"}:
        moved = registration.refresh_deadline(obj)
        if moved is not None:
            history.record(obj, "recompute_deadline", comment=moved.isoformat())


def case_transitioning(obj, event):
    """Before any transition, whichever way it came in: the rules of the type
    (``CaseType.transition_checks``), refused naming the field."""
    declared = casetype.of(obj)
    if event.transition is None or declared is None:
        return
    comment = (event.kwargs or {}).get("comment", "")
    try:
        declared.check_transition(obj, event.transition.getId(), comment)
    except CaseInputError:
        transaction.doom()
        raise


def case_transitioned(obj, event):
    # What the state decides beyond review_state: open or closed (and since when), and what
    # search finds.
    closing.record(obj)
    obj.reindexObject(idxs=["case_open", "closed_date", "desk_queues", "SearchableText"])


def entry_transitioned(obj, event):
    """An entry that is no case (a meeting): its desk queues and what search finds."""
    obj.reindexObject(idxs=["desk_queues", "SearchableText"])
