"""The Python side of ``kancelaria_directive_workflow``: a directive lives in a meeting and
takes its day, the progress log, the report before ``report_done``, the comments of
``return`` and ``cancel``, the desk's queues, and the meeting's guests after routing."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case import casetype
from kancelaria.case import history
from kancelaria.case import limits
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from kancelaria.workflows import meeting as meetings
from kancelaria.workflows.interpellation import plain_text
from persistent.list import PersistentList
from plone import api

#: The desk's button on a department's directive: the progress form (``@@progress``).
PROGRESS_ACTION = ("progress", _("Add progress"))

#: The states in which the department reports progress (the first report starts it).
OPEN_STATES = ("issued", "in_progress")


def _state(obj):
    return api.content.get_state(obj, default=None)


# Where it lives and its day


def take_meeting_day(obj, event):
    """Before it is registered: it must be in a meeting or a ceremony. At a meeting it is
    received on the meeting's day; a ceremony's task is received on the day it is issued
    (the core's default: today), since it is issued ahead of the ceremony."""
    from kancelaria.content.meeting import IMeeting

    meeting = event.newParent
    declared = casetype.of(obj)
    if not declared.placed_in(meeting):
        raise casetype.misplaced(obj.portal_type, declared.containers())
    if not IMeeting.providedBy(meeting):
        return
    day = meetings.meeting_day(meeting)
    if day is None or obj.__dict__.get("signature"):
        return
    if day > clock.today():
        raise CaseInputError(
            "received_date",
            _(
                "error_directive_before_meeting",
                default="the meeting is on ${date}: directives are issued at it or after it.",
                mapping={"date": day.isoformat()},
            ),
        )
    obj.received_date = day


# Transitions


def report_written(obj, comment=""):
    """``report_done``: the completion report must say what was done."""
    if not plain_text(getattr(obj, "completion_report", None)):
        raise CaseInputError(
            "completion_report",
            _("error_completion_report_empty", default="write the completion report first."),
        )


def reason_given(obj, comment=""):
    """``return`` and ``cancel``: the department (the history) reads why."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_("error_directive_comment", default="say why (a comment is required)."),
    )


# The progress log


def _percent(value):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise CaseInputError(
            "percent",
            _("error_progress_percent", default="give a whole number from 0 to 100."),
        )
    return value


def add_progress(obj, note, percent):
    """Append one row, dated (Warsaw's today) and signed (the caller's full name) by the
    server; the first report of an issued directive starts it. Returns the row."""
    from kancelaria.content.directive import IProgressRow

    note = text_param(
        note,
        "note",
        required=True,
        message=_("error_progress_note", default="say what was done."),
    )
    problem = limits.problem(IProgressRow["note"], note)
    if problem is not None:
        raise CaseInputError("note", problem)
    percent = _percent(percent)
    rows = list(getattr(obj, "progress", None) or [])
    if len(rows) >= limits.limit("max_table_rows"):
        raise CaseInputError(
            "progress",
            _(
                "error_too_many_rows",
                default="at most ${limit} rows are allowed.",
                mapping={"limit": limits.limit("max_table_rows")},
            ),
        )
    user = api.user.get_current()
    row = {
        "date": clock.today(),
        "note": note,
        "author": user.getProperty("fullname", "") or user.getId(),
        "percent": percent,
    }
    obj.progress = PersistentList([*rows, row])
    if _state(obj) == "issued":
        api.content.transition(obj=obj, transition="start")
    history.record(obj, "progress", comment=f"{percent}%: {note}")
    obj.reindexObject()
    return row


def last_percent(obj):
    rows = getattr(obj, "progress", None) or []
    return (rows[-1].get("percent") or 0) if rows else 0


# Routing: the department sees the meeting (or the ceremony) it came from


def routed(obj, event):
    meeting = obj.meeting()
    meetings.update_guests(meeting)


def removed(obj, event):
    meeting = event.oldParent
    declared = casetype.of(obj)
    if meeting is not None and declared.containers() and declared.placed_in(meeting):
        meetings.update_guests(meeting, leaving=obj)


# The desk's queues (declared in ``content.directive``)


def to_do(obj):
    return _state(obj) in OPEN_STATES


def returned(obj):
    from kancelaria.case.desk import last_action

    return _state(obj) == "in_progress" and last_action(obj) == "return"


def to_verify(obj):
    return _state(obj) == "reported_done"


def return_comment(obj):
    entry = history.last(obj, "return")
    return (entry.get("comments") or "").strip() if entry else None
