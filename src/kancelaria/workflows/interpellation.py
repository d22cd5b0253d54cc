"""The Python side of ``kancelaria_interpellation_workflow``: guards, checks, effects.

The XML under ``profiles/default/workflows`` says who may do what in which state; this
module says what must be true of the item (an answer to submit, a comment to return it) and
what a transition does besides changing the state (the answer date, the attachments, mail).
"""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria import settings
from kancelaria.case import attachments
from kancelaria.case import history
from kancelaria.case import mail
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.app.textfield.value import RichTextValue
from zope.i18nmessageid import Message

import re


def plain_text(value):
    """The words of a rich text value (or a string), without markup."""
    if value is None:
        return ""
    raw = value.raw if isinstance(value, RichTextValue) else str(value)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>|&nbsp;", " ", raw)).strip()


def has_answer(obj):
    return bool(plain_text(getattr(obj, "answer", None)))


def answer_written(obj, comment=""):
    """``submit_answer``: there must be an answer to submit."""
    if not has_answer(obj):
        raise CaseInputError(
            "answer",
            _("error_answer_empty", default="write the answer before submitting it."),
        )


def return_reason_given(obj, comment=""):
    """``return_answer``: the department must read why the answer came back."""
    if not (comment or "").strip():
        raise CaseInputError(
            "comment",
            _("error_return_comment", default="say why the answer goes back."),
        )


def attachment_added(obj, event):
    """An attachment added to an unanswered interpellation stays internal."""
    from kancelaria.content.interpellation import IInterpellation

    parent = event.newParent
    if not IInterpellation.providedBy(parent):
        return
    if api.content.get_state(parent, default=None) != "answered":
        attachments.withhold(obj)


def _group_addresses(group_id):
    addresses = []
    for user in api.user.get_users(groupname=group_id):
        email = user.getProperty("email")
        if email and email not in addresses:
            addresses.append(email)
    return addresses


def _mapping(obj, comment=""):
    return {
        "signature": obj.signature or "",
        "title": obj.Title(),
        "url": obj.absolute_url(),
        "comment": comment or "",
        "deadline": formats.date(obj.deadline, "—"),
    }


def _department_addresses(obj):
    return [row["email"] for row in settings.department_rows(obj.departments) if row.get("email")]


#: transition → (who is told, subject, body).
NOTICES = {
    "submit_answer": (
        lambda obj: _group_addresses("prezydent"),
        _("mail_answer_submitted_subject", default="Answer to approve: ${signature} ${title}"),
        _(
            "mail_answer_submitted_body",
            default="The answer to ${signature} “${title}” waits for your approval "
            "(deadline ${deadline}).\n\n${url}",
        ),
    ),
    "approve_answer": (
        lambda obj: _group_addresses("kancelaria"),
        _("mail_answer_approved_subject", default="Answer approved: ${signature} ${title}"),
        _(
            "mail_answer_approved_body",
            default="The mayor approved the answer to ${signature} “${title}” on "
            "${answer_date}. It is now public.\n\n${url}",
        ),
    ),
    "return_answer": (
        _department_addresses,
        _("mail_answer_returned_subject", default="Answer returned: ${signature} ${title}"),
        _(
            "mail_answer_returned_body",
            default="The answer to ${signature} “${title}” was returned:\n\n${comment}\n\n${url}",
        ),
    ),
}


def after_transition(obj, event):
    if event.transition is None:
        return
    transition = event.transition.getId()
    if transition == "approve_answer":
        if not obj.answer_date:
            obj.answer_date = clock.today()
        attachments.release(obj)
        obj.reindexObject()
    notice = NOTICES.get(transition)
    if notice is None:
        return
    recipients, subject, body = notice
    mapping = _mapping(obj, (event.kwargs or {}).get("comment", ""))
    mapping["answer_date"] = formats.date(obj.answer_date)
    for address in recipients(obj):
        mail.send(
            address,
            Message(subject, mapping=mapping),
            Message(body, mapping=mapping),
        )


# The desk's queues of interpellations (declared in ``content.interpellation``).


def awaiting_approval(obj):
    return api.content.get_state(obj, default=None) == "answer_review"


def forwarded(obj):
    return api.content.get_state(obj, default=None) == "forwarded"


def returned(obj):
    """Forwarded again after the mayor returned the answer, with a comment."""
    from kancelaria.case.desk import last_action

    return forwarded(obj) and last_action(obj) == "return_answer"


def last_return(obj):
    """The history entry of the last return of the answer (``None``: never returned)."""
    return history.last(obj, "return_answer")


def return_comment(obj):
    """What the mayor wrote when returning the answer (the returned queue's note)."""
    entry = last_return(obj)
    return (entry.get("comments") or "").strip() if entry else None
