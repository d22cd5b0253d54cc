"""Residents' requests for an appointment with the mayor or a deputy (issue 12, item 2).

A resident files one without an account on ``/kontakt`` (``@@umow-spotkanie``, ``POST
/kontakt/@appointment-request``: ``kancelaria.appointments.intake``); it becomes an internal
entry of ``/kancelaria/kalendarz`` (no case: no signature, deadline or routing) which only
the office and the mayor's group see. The secretariat schedules it into the calendar (an
``Appointment``, linked both ways: ``kancelaria.appointments.scheduling``) or refuses it with
a reason; the resident hears either way by e-mail when they gave an address.

Every field but the outcome is the resident's: nobody edits what they wrote (the permission
``kancelaria: Edit appointment request`` is the site administrators' alone); the outcome is
written by the transitions.
"""

from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import appointmentrequest as workflow
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer

#: The vocabulary of the mayor and the deputies (the calendar's officials registry).
OFFICIALS = "kancelaria.vocabularies.Officials"

#: What the resident writes (through the public form only).
RESIDENT_FIELDS = (
    "title",
    "name",
    "email",
    "phone",
    "preferred_dates",
    "official",
    "message",
)


class IAppointmentRequest(model.Schema):
    """Who asks, how to reach them, whom and when they would like to meet, and the outcome."""

    title = schema.TextLine(title=_("Subject of the appointment"), required=True)
    name = schema.TextLine(title=_("Name and surname"), required=True)
    email = schema.TextLine(title=_("E-mail"), required=False)
    phone = schema.TextLine(title=_("Phone"), required=False)
    preferred_dates = schema.Text(
        title=_("Preferred dates"),
        description=_("Days and times that suit the resident."),
        required=False,
    )
    official = schema.Choice(
        title=_("Whom the resident asks to meet"), vocabulary=OFFICIALS, required=False
    )
    message = schema.Text(title=_("Message"), required=False)

    consent_given = schema.Datetime(
        title=_("Consent to the processing of personal data given"),
        required=False,
        readonly=True,
    )
    refusal_reason = schema.Text(
        title=_("Reason for refusal"),
        description=_("Given when the request is refused; the resident receives it."),
        required=False,
    )
    appointment = RelationChoice(
        title=_("Scheduled appointment"),
        description=_("The appointment in the calendar this request was scheduled into."),
        source=CatalogSource(portal_type="Appointment"),
        required=False,
        readonly=True,
    )

    directives.write_permission(
        **dict.fromkeys((*RESIDENT_FIELDS, "refusal_reason"), "kancelaria.EditAppointmentRequest")
    )


@implementer(IAppointmentRequest)
class AppointmentRequest(RegisterEntry, Item):
    """A resident's request; the outcome is kept on it."""

    appointment = None
    consent_given = None
    refusal_reason = None


CASE_TYPE = CaseType(
    portal_type="AppointmentRequest",
    register="kancelaria/kalendarz",
    registered=False,
    transition_checks={
        "schedule": workflow.appointment_made,
        "refuse": workflow.reason_given,
    },
    edit_label=_("Edit the appointment request"),
    queues=(
        Queue(
            "appointment_requests",
            _("queue_appointment_requests", default="Appointment requests"),
            (OFFICE, MAYOR),
            applies=workflow.submitted,
            sort_on="created",
        ),
    ),
)
