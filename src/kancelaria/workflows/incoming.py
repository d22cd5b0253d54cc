"""The Python side of ``kancelaria_incoming_workflow``: the incoming log's number, the
closing note, the desk's queue of a department's letters."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case import numbering
from kancelaria.case.errors import text_param
from plone import api

#: The incoming log (rejestr przesyłek wpływających): ``RPW/NUMBER/YEAR``.
LOG = "RPW"


def format_incoming_number(number, year):
    return f"{LOG}/{number}/{year}"


def give_incoming_number(obj, event):
    """At registration, once: the next number of the year's incoming log (the core's
    counters: no gaps, never reused, conflicting writers retried)."""
    if getattr(obj, "incoming_number", None):
        return
    received = obj.__dict__.get("received_date") or clock.today()
    number = numbering.next_in_log(LOG, received.year)
    obj.incoming_number = format_incoming_number(number, received.year)


def forget_incoming_number(obj, event):
    """A copy is a new letter: it gets a number of its own when it is added."""
    obj.incoming_number = None


def closing_note_given(obj, comment=""):
    """``close``: how the letter was dealt with goes into its history."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_(
            "error_closing_note",
            default="write a closing note: how the letter was dealt with.",
        ),
    )


def close_answered(incoming, reply):
    """A reply was sent: the letter it answers is closed, the reply named in its history."""
    if api.content.get_state(incoming, default=None) not in ("registered", "assigned"):
        return
    comment = api.portal.translate(
        _(
            "closed_by_reply",
            default="Answered by ${signature} “${title}”, sent on ${date}.",
            mapping={
                "signature": reply.signature or "",
                "title": reply.Title(),
                "date": reply.sent_date.isoformat() if reply.sent_date else "",
            },
        )
    )
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=incoming, transition="close", comment=comment)


# The desk's queue of the department's letters (declared in ``content.incoming``).


def assigned(obj):
    return api.content.get_state(obj, default=None) == "assigned"
