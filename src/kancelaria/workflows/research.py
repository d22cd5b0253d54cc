"""The Python side of ``kancelaria_research_workflow`` (``planned`` → ``ordered`` →
``delivered`` → ``published``, ``retract`` back to ``delivered``): what each transition
needs (a 400 naming the field on every way in), the report a real PDF, the desk's queues."""

from datetime import timedelta
from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.bulletin import check_pdf
from kancelaria.workflows.patronage import _state

#: The office's queue lists an ordered study this many days before it is due (and after).
NOTICE_DAYS = 7

REPORT_PDF = _("error_research_pdf", default="the report is a PDF file (.pdf).")


def _need(obj, field, message):
    value = getattr(obj, field, None)
    if value is None or (isinstance(value, str | list | tuple) and not value):
        raise CaseInputError(field, message)
    if isinstance(value, str) and not value.strip():
        raise CaseInputError(field, message)


def may_order(obj, comment=""):
    """``order``: the contractor and the day of the order; an analysis with government
    bodies and parliamentarians names them."""
    _need(obj, "contractor", _("error_research_contractor", default="name the contractor."))
    _need(obj, "order_date", _("error_research_order_date", default="give the date of the order."))
    if getattr(obj, "kind", None) == "joint_analysis":
        partners = [p for p in getattr(obj, "partners", None) or () if (p or "").strip()]
        if not partners:
            raise CaseInputError(
                "partners",
                _(
                    "error_research_partners",
                    default="name the government bodies and parliamentarians of the analysis.",
                ),
            )


def may_deliver(obj, comment=""):
    """``deliver``: the report (a PDF) and the day it came."""
    _need(obj, "report", _("error_research_report", default="attach the report (PDF)."))
    _need(
        obj,
        "delivery_date",
        _("error_research_delivery_date", default="give the date the report was delivered."),
    )


def may_publish(obj, comment=""):
    """``publish``: the summary the public reads."""
    _need(
        obj,
        "summary",
        _("error_research_summary", default="write the summary for the public."),
    )


def dates_in_order(obj):
    order, due = getattr(obj, "order_date", None), getattr(obj, "due_date", None)
    delivered = getattr(obj, "delivery_date", None)
    if order and due and due < order:
        raise CaseInputError(
            "due_date",
            _("error_research_due_before_order", default="the due date comes before the order."),
        )
    if order and delivered and delivered < order:
        raise CaseInputError(
            "delivery_date",
            _(
                "error_research_delivered_before_order",
                default="the report cannot be delivered before it was ordered.",
            ),
        )


def checked(obj, event):
    """Subscriber (added, modified): every way in."""
    casetype.check_in_register(obj)
    check_pdf(obj, "report", REPORT_PDF)
    dates_in_order(obj)


def is_delivered(obj):
    return _state(obj) == "delivered"


def is_ordered(obj):
    return _state(obj) == "ordered"


def due_soon(today):
    """Ordered studies due within ``NOTICE_DAYS`` or past."""
    return {"deadline": {"query": today + timedelta(days=NOTICE_DAYS), "range": "max"}}
