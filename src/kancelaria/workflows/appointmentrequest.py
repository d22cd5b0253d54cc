"""The Python side of ``kancelaria_appointment_request_workflow``.

``submitted`` → ``scheduled`` (``schedule``: only with the appointment made in the calendar,
``kancelaria.appointments.scheduling``) or ``refused`` (``refuse``: with the reason, which
is kept in ``refusal_reason``). Either way the resident gets an e-mail once the transaction
commits, when they gave an address.
"""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api


def _text(value):
    return value.strip() if isinstance(value, str) else ""


def submitted(obj):
    return api.content.get_state(obj, default=None) == "submitted"


def appointment_made(obj, comment=""):
    """``schedule``: the request is linked to its appointment first (``@schedule``)."""
    if not getattr(obj, "appointment", None):
        raise CaseInputError(
            "appointment",
            _(
                "error_request_no_appointment",
                default="schedule the request with its appointment (the form “Schedule an "
                "appointment”, or POST @schedule with start, end, place and officials).",
            ),
        )


def reason_given(obj, comment=""):
    """``refuse``: the resident is told why (the comment, or the field)."""
    if not (_text(comment) or _text(getattr(obj, "refusal_reason", None))):
        raise CaseInputError(
            "refusal_reason",
            _(
                "error_request_refusal_reason",
                default="give the reason for the refusal (the comment); the resident receives it.",
            ),
        )


def after_transition(obj, event):
    if event.transition is None:
        return
    from kancelaria.appointments import mails

    transition = event.transition.getId()
    if transition == "refuse":
        comment = _text((event.kwargs or {}).get("comment", ""))
        if comment:
            obj.refusal_reason = comment
        mails.refused(obj)
    elif transition == "schedule":
        mails.scheduled(obj)
    obj.reindexObject()
