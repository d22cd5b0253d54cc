"""Honorary patronages and titles (patronaty honorowe, tytuły honorowe): DOMAIN.md rule 6.

An organiser applies without an account (``/patronaty``, ``POST /patronaty/@apply``:
``kancelaria.patronage.apply``); the office reviews, the mayor's group grants or refuses
with a justification, the organiser reports after the event through a secret link, the
office settles it. Honorary titles and the mayor's place in an honorary committee follow the
same path with their own ``request_kind``.
"""

from kancelaria import _
from kancelaria.case.behaviors import CHOOSE
from kancelaria.case.casetype import CaseType
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import patronage as workflow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

REQUEST_KINDS = SimpleVocabulary(
    [
        SimpleTerm("patronage", "patronage", _("kind_patronage", default="Honorary patronage")),
        SimpleTerm(
            "committee",
            "committee",
            _("kind_committee", default="The mayor in the honorary committee"),
        ),
        SimpleTerm("title", "title", _("kind_title", default="Honorary title")),
    ]
)

ORGANISER_TYPES = SimpleVocabulary(
    [
        SimpleTerm("ngo", "ngo", _("organiser_ngo", default="Association or foundation")),
        SimpleTerm(
            "public", "public", _("organiser_public", default="Public institution or school")
        ),
        SimpleTerm("church", "church", _("organiser_church", default="Church or religious body")),
        SimpleTerm("company", "company", _("organiser_company", default="Company")),
        SimpleTerm("person", "person", _("organiser_person", default="Private person")),
        SimpleTerm("other", "other", _("organiser_other", default="Other")),
    ]
)

#: Fields nobody outside the office, the mayor's group and a routed department ever reads:
#: not the page, not REST, not the catalog (``kancelaria: View applicant data``).
PRIVATE_FIELDS = (
    "organiser_address",
    "contact_person",
    "contact_email",
    "contact_phone",
    "review_notes",
    "justification",
    "report_text",
)
#: What the applicant writes (and the office corrects until the decision).
APPLICATION_FIELDS = (
    "title",
    "request_kind",
    "organiser_name",
    "organiser_type",
    "organiser_address",
    "contact_person",
    "contact_email",
    "contact_phone",
    "description",
    "event_start",
    "event_end",
    "place",
    "participants",
    "commercial",
    "fundraising",
)


class IPatronage(model.Schema):
    """An application for the mayor's honorary patronage, committee place or title."""

    title = schema.TextLine(title=_("Event"), required=True)
    request_kind = schema.Choice(
        title=_("What is requested"), vocabulary=REQUEST_KINDS, required=True, default="patronage"
    )

    organiser_name = schema.TextLine(title=_("Organiser"), required=True)
    organiser_type = schema.Choice(
        title=_("Kind of organiser"), vocabulary=ORGANISER_TYPES, required=False
    )
    directives.widget("organiser_type", prompt=True, promptMessage=CHOOSE)
    organiser_address = schema.Text(title=_("Organiser's address"), required=False)
    contact_person = schema.TextLine(title=_("Contact person"), required=False)
    contact_email = Email(title=_("Contact e-mail"), required=True)
    contact_phone = schema.TextLine(title=_("Contact phone"), required=False)

    description = schema.Text(title=_("About the event"), required=False)
    event_start = schema.Date(title=_("Event starts"), required=True)
    event_end = schema.Date(title=_("Event ends"), required=False)
    place = schema.TextLine(title=_("Place"), required=False)
    participants = schema.Int(title=_("Expected participants"), required=False, min=0)
    commercial = schema.Bool(title=_("Commercial event"), required=False, default=False)
    fundraising = schema.Bool(title=_("Fund-raising event"), required=False, default=False)

    model.fieldset(
        "decision",
        label=_("Review and decision"),
        fields=["review_notes", "justification", "report_due", "report_received", "report_text"],
    )
    review_notes = schema.Text(
        title=_("Review notes"),
        description=_("The office's notes for the mayor; never public."),
        required=False,
    )
    justification = schema.Text(
        title=_("Justification of the decision"),
        description=_("Required to grant or refuse; quoted in the decision letter."),
        required=False,
    )
    report_due = schema.Date(
        title=_("Report due"),
        description=_("The end of the event (or its start) plus the days of the settings."),
        required=False,
        readonly=True,
    )
    report_received = schema.Date(title=_("Report received"), required=False, readonly=True)
    report_text = schema.Text(title=_("Report"), required=False)

    directives.omitted(
        IAddForm, "review_notes", "justification", "report_due", "report_received", "report_text"
    )
    directives.read_permission(**{name: "kancelaria.ViewApplicant" for name in PRIVATE_FIELDS})
    directives.write_permission(
        **{name: "kancelaria.EditApplication" for name in APPLICATION_FIELDS},
        review_notes="kancelaria.EditApplication",
        justification="kancelaria.DecidePatronage",
        report_text="kancelaria.SettlePatronage",
    )


@implementer(IPatronage)
class Patronage(Container):
    """The application's attachments (programme, logo) and the report's files are inside."""


CASE_TYPE = CaseType(
    portal_type="Patronage",
    register="patronaty",
    # Review is the clerk's own step (``review``), not routing: a routed department only
    # gets to see the application.
    routing_transition=None,
    deadline_kind="patronage",
    public_states=("granted", "settled"),
    transition_checks={
        "grant": workflow.justification_given,
        "refuse": workflow.justification_given,
        "settle": workflow.report_in,
    },
    add_label=_("Register a patronage application"),
    edit_label=_("Edit the patronage application"),
    queues=(
        Queue(
            "patronages_to_review",
            _("queue_patronages_to_review", default="Applications to review"),
            (OFFICE,),
            applies=workflow.submitted,
            order=20,
        ),
        Queue(
            "patronages_to_decide",
            _("queue_patronages_to_decide", default="Patronages to decide"),
            (MAYOR,),
            applies=workflow.under_review,
        ),
        Queue(
            "reports_to_settle",
            _("queue_reports_to_settle", default="Reports to settle"),
            (OFFICE,),
            applies=workflow.report_waiting,
        ),
        Queue(
            "missing_reports",
            _("queue_missing_reports", default="Missing reports"),
            (OFFICE,),
            applies=workflow.report_missing,
            query=workflow.past_due,
            order=60,
        ),
    ),
)
