"""Appointments of the mayor and the deputies (the calendar ``/kancelaria/kalendarz``).

An appointment is an entry of the calendar, no case (``CaseType(registered=False)``). The
secretariats (group ``kancelaria``) keep it; the mayor's group sees and edits it too. It is
``internal`` (staff only) until made ``public``: then everyone sees its public fields —
subject, start, end, place, officials — and nobody but the staff its participants, notes,
related cases or the resident's request it came from (their read permission,
``kancelaria: View appointment details``, is the staff's). ``cancelled`` needs a reason.
"""

from kancelaria import _
from kancelaria.browser.widgets import ZonedDatetimeFieldWidget
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import appointment as workflow
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.rest.interfaces import IAPIRequest
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.globalrequest import getRequest
from zope.interface import implementer
from zope.interface import invariant

#: What everyone may read of a public appointment; the rest is the staff's.
PUBLIC_FIELDS = ("title", "start", "end", "place", "officials")
#: What only the staff read, in every state.
DETAILS = ("participants", "notes", "related", "request")
#: What the secretariats and the mayor's group write (``request`` is set by the code that
#: schedules a resident's request: read-only over REST and in the forms).
EDITABLE = ("title", "start", "end", "place", "officials", "participants", "notes", "related")


class IAppointment(model.Schema):
    """When, where, who of the mayor and deputies, with whom and about what."""

    title = schema.TextLine(title=_("Subject"), required=True)
    start = schema.Datetime(title=_("Start"), required=True)
    directives.widget("start", ZonedDatetimeFieldWidget)
    end = schema.Datetime(
        title=_("End"),
        description=_("Left empty: an hour after the start."),
        required=False,
    )
    directives.widget("end", ZonedDatetimeFieldWidget)
    place = schema.TextLine(title=_("Place"), required=False)
    officials = schema.List(
        title=_("Officials"),
        description=_("Who of the mayor and the deputies takes part."),
        value_type=schema.Choice(vocabulary="kancelaria.vocabularies.Officials"),
        required=True,
        min_length=1,
    )
    directives.widget("officials", CheckBoxFieldWidget)
    participants = schema.Text(
        title=_("Participants"),
        description=_("Who else comes (never shown on the public site)."),
        required=False,
    )
    notes = schema.Text(
        title=_("Notes"),
        description=_("For the staff only, also when the appointment is public."),
        required=False,
    )
    related = RelationList(
        title=_("Related cases"),
        value_type=RelationChoice(title=_("Case"), source=CatalogSource()),
        required=False,
        default=[],
    )
    request = RelationChoice(
        title=_("Appointment request"),
        description=_("The resident's request this appointment was scheduled from."),
        source=CatalogSource(portal_type="AppointmentRequest"),
        required=False,
        readonly=True,
    )

    @invariant
    def end_after_start(data):
        """The forms say it on the page. REST and scripts get ``keep_dates``' 400 naming
        ``end`` (plone.restapi would answer an invariant naming no field)."""
        if IAPIRequest.providedBy(getRequest()):
            return
        start, end = getattr(data, "start", None), getattr(data, "end", None)
        if start is not None and end is not None:
            workflow.check_end(workflow.in_zone(start), workflow.in_zone(end))

    directives.read_permission(**{name: "kancelaria.ViewAppointmentDetails" for name in DETAILS})
    directives.write_permission(**{name: "kancelaria.EditAppointment" for name in EDITABLE})


@implementer(IAppointment)
class Appointment(RegisterEntry, Item):
    """One appointment of the calendar."""

    def Description(self):
        """Nothing of the staff's notes goes to the catalog's description (listings and
        ``@search`` read it; a public appointment is found by everyone)."""
        return ""


CASE_TYPE = CaseType(
    portal_type="Appointment",
    register="kancelaria/kalendarz",
    registered=False,
    public_states=("public",),
    transition_checks={"call_off": workflow.cancel_reason_given},
    add_label=_("Add an appointment"),
    edit_label=_("Edit the appointment"),
    queues=(
        Queue(
            "appointments_today",
            _("queue_appointments_today", default="Today's appointments"),
            (OFFICE, MAYOR),
            query=workflow.today_query,
            sort_on="start",
            order=20,
        ),
    ),
)
