"""The Python side of ``kancelaria_report_workflow`` (``draft`` → ``published``): the
period in order, the text written before publishing, the desk's queue."""

from datetime import timedelta
from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.patronage import _state

#: The desk lists a draft this many days before its session (and after it, until done).
NOTICE_DAYS = 14


def period_in_order(start, end):
    if start and end and start > end:
        raise CaseInputError(
            "period_from",
            _(
                "error_report_period",
                default="the period begins (${start}) after it ends (${end}).",
                mapping={"start": start.isoformat(), "end": end.isoformat()},
            ),
        )


def checked(obj, event):
    """Subscriber (added, modified): every way in."""
    casetype.check_in_register(obj)
    period_in_order(getattr(obj, "period_from", None), getattr(obj, "period_to", None))


def has_text(obj, comment=""):
    """``publish``: a report without text is not published."""
    text = getattr(obj, "text", None)
    if text is None or not (text.raw or "").strip():
        raise CaseInputError(
            "text",
            _(
                "error_report_no_text",
                default="write the report's text (or prepare its draft) before it is published.",
            ),
        )


def is_draft(obj):
    return _state(obj) == "draft"


def session_near(today):
    """Drafts whose session is within ``NOTICE_DAYS`` or past."""
    return {"deadline": {"query": today + timedelta(days=NOTICE_DAYS), "range": "max"}}
