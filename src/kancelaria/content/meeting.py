"""The mayor's meetings (narady): agenda, attendance, minutes; directives are issued inside.

A meeting is no case: it has no signature and no deadline (it is never overdue). It is an
entry of the register ``/kancelaria/narady`` (``CaseType(registered=False)``) with a number
in the year's meetings log, ``meeting_number`` ``N/YEAR`` — the minutes are “Protokół nr
N/YEAR”.
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import meeting as workflow
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from zope import schema
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

KINDS = SimpleVocabulary(
    [
        SimpleTerm(
            "management", "management", _("meeting_management", default="Management meeting")
        ),
        SimpleTerm("deputies", "deputies", _("meeting_deputies", default="Deputies' meeting")),
        SimpleTerm("working", "working", _("meeting_working", default="Working meeting")),
        SimpleTerm("other", "other", _("meeting_other", default="Other meeting")),
    ]
)


class IAttendeeRow(Interface):
    name = schema.TextLine(title=_("Name"), required=True)
    function = schema.TextLine(title=_("Function"), required=False)
    unit = schema.TextLine(title=_("Unit"), required=False)
    present = schema.Bool(title=_("Present"), required=False, default=True)


class IAgendaRow(Interface):
    number = schema.TextLine(title=_("No."), required=False)
    topic = schema.TextLine(title=_("Topic"), required=True)
    presenter = schema.TextLine(title=_("Presenter"), required=False)


class IMeeting(model.Schema):
    """When and where, who came, what was discussed, and the minutes."""

    title = schema.TextLine(title=_("Subject of the meeting"), required=True)

    start = schema.Datetime(title=_("Date and time"), required=True)

    place = schema.TextLine(title=_("Place"), required=False)

    kind = schema.Choice(
        title=_("Kind of meeting"), vocabulary=KINDS, required=True, default="management"
    )

    chair = schema.TextLine(title=_("Chair"), required=False)
    minute_taker = schema.TextLine(title=_("Minute-taker"), required=False)

    attendees = schema.List(
        title=_("Attendance"),
        value_type=DictRow(title=_("Attendee"), schema=IAttendeeRow),
        required=False,
        default=[],
        constraint=workflow.attendees_named,
    )
    directives.widget("attendees", DataGridFieldFactory, allow_reorder=True)

    agenda = schema.List(
        title=_("Agenda"),
        value_type=DictRow(title=_("Agenda item"), schema=IAgendaRow),
        required=False,
        default=[],
        constraint=workflow.agenda_topics,
    )
    directives.widget("agenda", DataGridFieldFactory, allow_reorder=True)

    model.fieldset("minutes", label=_("Minutes"), fields=["minutes"])

    minutes = RichText(
        title=_("Minutes"),
        description=_("Read by the departments only once the mayor approved them."),
        required=False,
    )
    directives.omitted(IAddForm, "minutes")

    meeting_number = schema.TextLine(
        title=_("Number in the meetings log"),
        description=_("Given when the meeting is planned: NUMBER/YEAR."),
        required=False,
        readonly=True,
    )

    # The office keeps the meeting (planned, held); the minutes are nobody's once
    # approved; a department reads the minutes only once approved.
    directives.read_permission(minutes="kancelaria.ViewMinutes")
    directives.write_permission(
        title="kancelaria.EditMeeting",
        start="kancelaria.EditMeeting",
        place="kancelaria.EditMeeting",
        kind="kancelaria.EditMeeting",
        chair="kancelaria.EditMeeting",
        minute_taker="kancelaria.EditMeeting",
        attendees="kancelaria.EditMeeting",
        agenda="kancelaria.EditMeeting",
        minutes="kancelaria.EditMinutes",
    )


@implementer(IMeeting)
class Meeting(RegisterEntry, Container):
    """Directives and attachments are inside it."""


CASE_TYPE = CaseType(
    portal_type="Meeting",
    register="kancelaria/narady",
    registered=False,
    transition_checks={
        "approve_minutes": workflow.minutes_written,
        "return_minutes": workflow.return_reason_given,
    },
    add_label=_("Plan a meeting"),
    edit_label=_("Edit the meeting"),
    queues=(
        Queue(
            "minutes_to_write",
            _("queue_minutes_to_write", default="Minutes to write"),
            (OFFICE,),
            applies=workflow.minutes_to_write,
            sort_on="meeting_start",
        ),
        Queue(
            "minutes_returned",
            _("queue_minutes_returned", default="Minutes returned by the mayor"),
            (OFFICE,),
            applies=workflow.minutes_returned,
            private=True,
            note=workflow.return_comment,
            sort_on="meeting_start",
        ),
        Queue(
            "minutes_to_approve",
            _("queue_minutes_to_approve", default="Minutes to approve"),
            (MAYOR,),
            applies=workflow.minutes_to_approve,
            sort_on="meeting_start",
        ),
    ),
)
