"""The mayor's activity report (sprawozdanie z działalności Prezydenta) for a council session.

A report lives in ``/sprawozdania`` (``CaseType(registered=False)``). The office and the
press office prepare it; “Przygotuj projekt” (``@prepare-draft``) fills its text from the
registers for its period (``kancelaria.reports.draft``); the press office or the mayor's
group publishes it. Its session date is what it is due by: the desk's queue “Reports to
prepare” lists the drafts whose session is near or past.
"""

from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import report as workflow
from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IActivityReport(model.Schema):
    """The period it covers, the session it is read at, and its text."""

    title = schema.TextLine(title=_("Title"), required=True)

    period_from = schema.Date(title=_("Period from"), required=True)
    period_to = schema.Date(title=_("Period to"), required=True)

    session_date = schema.Date(
        title=_("Council session"),
        description=_("The day of the council session the report is read at."),
        required=True,
    )

    text = RichText(
        title=_("Text of the report"),
        description=_(
            "“Prepare draft” fills it from the registers for the period; edit it freely."
        ),
        required=False,
    )


@implementer(IActivityReport)
class ActivityReport(RegisterEntry, Container):
    """Attachments are files inside it."""

    @property
    def deadline(self):
        """What the report is due by: its session (the desk's queue, by ``deadline``)."""
        return getattr(self, "session_date", None)


CASE_TYPE = CaseType(
    portal_type="ActivityReport",
    register="sprawozdania",
    registered=False,
    public_states=("published",),
    transition_checks={"publish": workflow.has_text},
    add_label=_("Add an activity report"),
    edit_label=_("Edit the activity report"),
    queues=(
        Queue(
            "reports_to_prepare",
            _("queue_reports_to_prepare", default="Reports to prepare"),
            (OFFICE,),
            applies=workflow.is_draft,
            query=workflow.session_near,
            action=("prepare-draft", _("Prepare draft")),
        ),
    ),
)
