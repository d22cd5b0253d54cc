"""Lifecycle of a case: registered on add, renumbered on copy, kept true on edit."""

from kancelaria import _
from kancelaria.case import registration
from kancelaria.case.errors import CaseInputError
from kancelaria.case.numbering import parse_signature


def _changed(event):
    names = set()
    for description in getattr(event, "descriptions", ()) or ():
        for attribute in getattr(description, "attributes", ()) or ():
            names.add(attribute.split(".")[-1])
    return names


def case_added(obj, event):
    registration.register(obj)


def case_copied(obj, event):
    """A copy is a new case: it gets a signature of its own when it is added."""
    obj.signature = None
    obj.deadline = None
    obj.departments = []


def case_modified(obj, event):
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
    if changed & {"received_date", "kind"}:
        registration.refresh_deadline(obj)
        obj.reindexObject(idxs=["deadline"])


def case_transitioned(obj, event):
    # What the state decides beyond review_state: open or closed, and what search finds.
    obj.reindexObject(idxs=["case_open", "SearchableText"])
