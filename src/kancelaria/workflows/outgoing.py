"""The Python side of ``kancelaria_outgoing_workflow``: who must say why, the date of
dispatch, what sending does (the reply closes the letter it answers), the desk's queues."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case import history
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from plone import api


def answered(obj):
    """The incoming letter ``obj`` replies to (``None``: it answers nothing)."""
    relation = getattr(obj, "in_reply_to", None)
    if relation is None or relation.isBroken():
        return None
    return relation.to_object


def take_case_signature(obj, event):
    """A reply belongs to the case it answers: its signature and class, before the core
    would give it a signature of its own (``registration.register`` keeps a given one)."""
    incoming = answered(obj)
    if incoming is None or getattr(obj, "signature", None):
        return
    obj.signature = incoming.signature
    obj.jrwa = incoming.jrwa
    obj.received_date = obj.__dict__.get("received_date") or clock.today()
    # The case's deadline is the reply's (kept as given: the reply's own data never
    # recomputes it).
    obj.deadline = incoming.deadline
    obj.deadline_changed = True


def keep_case(obj, event):
    """Edits keep the reply in its case: ``in_reply_to`` is fixed once given."""
    from kancelaria.case.subscribers import _changed

    changed = _changed(event)
    if "in_reply_to" in changed and obj.signature:
        incoming = answered(obj)
        if incoming is None or incoming.signature != obj.signature:
            raise CaseInputError(
                "in_reply_to",
                _(
                    "error_reply_fixed",
                    default="this letter belongs to the case ${signature}; write a new "
                    "letter to answer another one.",
                    mapping={"signature": obj.signature},
                ),
            )
    if "sent_date" in changed and obj.sent_date:
        check_dispatch_date(obj, obj.sent_date)


def return_reason_given(obj, comment=""):
    """``return_to_draft``: the drafters must read why the letter came back."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_("error_letter_return_comment", default="say why the letter goes back."),
    )


def signing_date(obj):
    """The day (in Warsaw) the letter was last signed (``None``: not signed)."""
    entry = history.last(obj, "sign")
    if entry is None or entry.get("time") is None:
        return None
    return entry["time"].asdatetime().astimezone(clock.zone()).date()


def check_dispatch_date(obj, sent):
    signed = signing_date(obj)
    if signed is not None and sent < signed:
        raise CaseInputError(
            "sent_date",
            _(
                "error_sent_before_signed",
                default="${date} is before the letter was signed (${signed}).",
                mapping={"date": sent.isoformat(), "signed": signed.isoformat()},
            ),
        )
    if sent > clock.today():
        raise CaseInputError(
            "sent_date",
            _(
                "error_date_future",
                default="${date} is in the future.",
                mapping={"date": sent.isoformat()},
            ),
        )


def dispatch_date_valid(obj, comment=""):
    """``send``: a date of dispatch given beforehand is not before the signature."""
    if getattr(obj, "sent_date", None):
        check_dispatch_date(obj, obj.sent_date)


def after_transition(obj, event):
    if event.transition is None or event.transition.getId() != "send":
        return
    if not obj.sent_date:
        obj.sent_date = clock.today()
        obj.reindexObject()
    incoming = answered(obj)
    if incoming is not None:
        from kancelaria.workflows.incoming import close_answered

        close_answered(incoming, obj)


# The desk's queues of outgoing letters (declared in ``content.outgoing``).


def _state(obj):
    return api.content.get_state(obj, default=None)


def pending_signature(obj):
    return _state(obj) == "pending_signature"


def signed(obj):
    return _state(obj) == "signed"


def returned(obj):
    from kancelaria.case.desk import last_action

    return _state(obj) == "draft" and last_action(obj) == "return_to_draft"


def return_comment(obj):
    entry = history.last(obj, "return_to_draft")
    return (entry.get("comments") or "").strip() if entry else None
