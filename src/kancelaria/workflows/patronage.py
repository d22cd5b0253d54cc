"""The Python side of ``kancelaria_patronage_workflow``: checks, desk queues, effects.

``submitted`` → ``under_review`` (the office, ``review``) → ``granted`` / ``refused`` (the
mayor's group, with a justification); ``granted`` → ``settled`` (the office, once the
report is in). A refusal is final. Granting gives the report's due date (the event's end,
or its start, plus ``patronage_report_days``), which becomes the case's deadline, so the
deadlines list and the desk show a missing report; the decision goes to the applicant as a
letter (PDF), with the report link when granted.
"""

from datetime import timedelta
from kancelaria import _
from kancelaria import settings
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case.errors import CaseInputError
from plone import api

#: Days after the event the report is due, while a site has no setting yet.
DEFAULT_REPORT_DAYS = 14


def _state(obj):
    return api.content.get_state(obj, default=None)


def _text(value):
    return (value or "").strip() if isinstance(value, str) else ""


# Checks before a transition (``CaseType.transition_checks``): 400 naming the field.


def justification_given(obj, comment=""):
    """``grant`` / ``refuse``: the decision says why (the comment, or the field)."""
    if not (_text(comment) or _text(getattr(obj, "justification", None))):
        raise CaseInputError(
            "justification",
            _(
                "error_patronage_justification",
                default="give the justification of the decision (the comment or the "
                "field justification).",
            ),
        )


def has_report(obj):
    return bool(getattr(obj, "report_received", None) or _text(getattr(obj, "report_text", None)))


def report_in(obj, comment=""):
    """``settle``: only once the organiser's report is in."""
    if not has_report(obj):
        raise CaseInputError(
            "report_text",
            _(
                "error_patronage_no_report",
                default="the organiser's report is not in yet: a patronage is settled "
                "once its report has arrived.",
            ),
        )


# The desk's queues (``content.patronage``): facts of the case, indexed.


def submitted(obj):
    return _state(obj) == "submitted"


def under_review(obj):
    return _state(obj) == "under_review"


def report_waiting(obj):
    """Granted, and the report is in: the office settles it."""
    return _state(obj) == "granted" and has_report(obj)


def report_missing(obj):
    """Granted and no report yet (the desk shows those past their due date)."""
    return _state(obj) == "granted" and not has_report(obj)


def past_due(today):
    return {"deadline": {"query": today - timedelta(days=1), "range": "max"}}


# Effects of a transition.


def report_due(obj):
    """The event's end (or start) plus the settings' days (moved off days off like every
    deadline when the settings say so)."""
    day = getattr(obj, "event_end", None) or getattr(obj, "event_start", None)
    if day is None:
        return None
    days = settings.get("patronage_report_days", DEFAULT_REPORT_DAYS)
    return deadlines.compute_deadline(day, days, settings.get("shift_deadlines", True))


def after_transition(obj, event):
    if event.transition is None:
        return
    from kancelaria.patronage import mails
    from kancelaria.patronage import reportlink

    transition = event.transition.getId()
    comment = _text((event.kwargs or {}).get("comment", ""))
    if transition in ("grant", "refuse"):
        if comment:
            obj.justification = comment
        link = None
        if transition == "grant":
            due = report_due(obj)
            obj.report_due = due
            if due is not None:
                obj.deadline = due
                obj.deadline_changed = True
                history.record(
                    obj,
                    "report_due",
                    comment=due.isoformat(),
                    kancelaria_deadline=due.isoformat(),
                )
            link = reportlink.new_link(obj)
        obj.reindexObject()
        mails.decision(obj, granted=transition == "grant", report_link=link)
    elif transition == "settle":
        reportlink.revoke(obj)


def attachment_added(obj, event):
    """A file in an application (programme, logo, the report's photos) is the office's:
    never public, whatever the patronage's state (the interpellations' staff roles)."""
    from kancelaria.case import attachments
    from kancelaria.content.patronage import IPatronage

    if not IPatronage.providedBy(event.newParent):
        return
    attachments.withhold(obj)
