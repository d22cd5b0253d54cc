"""Commissioned research and analyses (``/media``): public-opinion research, analyses of
the city's situation, and analyses prepared with government bodies and parliamentarians.

An order lives in ``/media`` (``CaseType(registered=False)``: no signature, no deadline of
the settings). The office plans and orders it and records the delivered report (a PDF);
the press office or the mayor's group publishes it with its summary. Who writes what:

- the order (kind, partners, scope, contractor, cost, dates): the office, until published;
- the report and its delivery date: the office, until published;
- the summary, the title, the internal notes: the office and the press office, until
  published. A published order is changed by nobody: ``retract`` first.

On a published order everyone reads the order, the contractor and the cost (public
information on a public contract), the report and its summary; the internal notes stay
with the staff (``kancelaria: View research notes``).
"""

from decimal import Decimal
from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import PRESS
from kancelaria.case.desk import Queue
from kancelaria.workflows import research as workflow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

KINDS = SimpleVocabulary(
    [
        SimpleTerm("opinion_research", title=_("Public-opinion research")),
        SimpleTerm("analysis", title=_("Analysis of the city's situation")),
        SimpleTerm(
            "joint_analysis",
            title=_("Analysis with government bodies and parliamentarians"),
        ),
    ]
)

ORDER = "kancelaria.EditResearchOrder"
REPORT = "kancelaria.EditResearchReport"


class IResearchOrder(model.Schema):
    """The order, the report and what the public reads of it."""

    title = schema.TextLine(title=_("Title"), required=True)

    kind = schema.Choice(
        title=_("Kind"), vocabulary=KINDS, required=False, default="opinion_research"
    )
    partners = schema.List(
        title=_("Partners"),
        description=_(
            "The government bodies and parliamentarians an analysis is prepared with, one a line."
        ),
        value_type=schema.TextLine(title=_("Partner")),
        required=False,
        default=[],
    )
    scope = schema.Text(title=_("Scope"), required=False)
    contractor = schema.TextLine(title=_("Contractor"), required=False)
    cost = schema.Decimal(title=_("Cost (PLN)"), required=False, min=Decimal(0))
    order_date = schema.Date(title=_("Date of the order"), required=False)
    due_date = schema.Date(title=_("Due date"), required=False)
    directives.write_permission(
        kind=ORDER,
        partners=ORDER,
        scope=ORDER,
        contractor=ORDER,
        cost=ORDER,
        order_date=ORDER,
        due_date=ORDER,
    )

    delivery_date = schema.Date(title=_("Date of delivery"), required=False)
    model.primary("report")
    report = NamedBlobFile(
        title=_("The report (PDF)"),
        description=_("Required before the order is delivered."),
        required=False,
    )
    directives.write_permission(delivery_date=REPORT, report=REPORT)

    summary = schema.Text(
        title=_("Summary for the public"),
        description=_("Required before the report is published."),
        required=False,
    )

    notes = schema.Text(
        title=_("Internal notes"),
        description=_("Seen by the staff only, never on the public site."),
        required=False,
    )
    directives.read_permission(notes="kancelaria.ViewResearchNotes")


@implementer(IResearchOrder)
class ResearchOrder(RegisterEntry, Container):
    """Attachments are files inside it."""

    @property
    def deadline(self):
        """What an ordered study is due by (the desk's queue “Research orders due”)."""
        return getattr(self, "due_date", None)


CASE_TYPE = CaseType(
    portal_type="ResearchOrder",
    register="media",
    registered=False,
    public_states=("published",),
    transition_checks={
        "order": workflow.may_order,
        "deliver": workflow.may_deliver,
        "publish": workflow.may_publish,
    },
    add_label=_("Add a research order"),
    edit_label=_("Edit the research order"),
    queues=(
        Queue(
            "research_to_publish",
            _("queue_research_to_publish", default="Delivered research to publish"),
            (PRESS,),
            applies=workflow.is_delivered,
            sort_on="media_date",
        ),
        Queue(
            "research_due",
            _("queue_research_due", default="Research orders due"),
            (OFFICE,),
            applies=workflow.is_ordered,
            query=workflow.due_soon,
        ),
    ),
)
