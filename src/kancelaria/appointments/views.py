"""The pages: the resident's form ``/kontakt/@@umow-spotkanie`` (linked from the contact
page), the request's page for the secretariat and the mayor's group, and the secretariat's
forms “Umów spotkanie” (``@@schedule-request``) and “Odmów” (``@@refuse-request``)."""

from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria.appointments import intake
from kancelaria.appointments import scheduling
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for
from kancelaria.browser.publicform import PublicForm
from kancelaria.content.appointmentrequest import OFFICIALS
from kancelaria.workflows.appointment import in_zone
from plone import api
from Products.Five import BrowserView
from z3c.form import field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zExceptions import NotFound
from zope import schema
from zope.i18n import translate
from zope.interface import Interface

#: The form's inputs: (name, label, input type, required, help).
FIELDS = (
    ("name", _("Name and surname"), "text", True, None),
    (
        "email",
        _("E-mail"),
        "email",
        False,
        _("request_email_help", default="The answer comes here."),
    ),
    (
        "phone",
        _("Phone"),
        "tel",
        False,
        _(
            "request_phone_help",
            default="Give an e-mail or a phone number (or both); without an e-mail the "
            "secretariat phones you.",
        ),
    ),
    ("title", _("Subject of the appointment"), "text", True, None),
    (
        "preferred_dates",
        _("Preferred dates"),
        "textarea",
        False,
        _(
            "request_dates_help",
            default="Days and times that suit you, e.g. “Mondays after 14:00”.",
        ),
    ),
    ("message", _("Message"), "textarea", False, None),
)


class RequestFormView(PublicForm):
    """``/kontakt/@@umow-spotkanie``: the form, the errors beside the fields, then the
    confirmation."""

    done = False
    _intake = intake

    def __call__(self):
        if not intake.is_contact_page(self.context):
            raise NotFound("umow-spotkanie")
        return super().__call__()

    def submit(self):
        submission = intake.read(self.form)
        if submission.errors:
            self.errors = submission.errors
            return self.refuse()
        intake.create(submission)
        self.done = True
        self.form = {}

    def fields(self):
        return [
            (
                name,
                translate(label, context=self.request),
                kind,
                required,
                translate(help, context=self.request) if help else "",
            )
            for name, label, kind, required, help in FIELDS
        ]

    def officials(self):
        return intake.officials()


class RequestView(BrowserView):
    """The request's page: what the resident wrote, how to answer them, the outcome, and the
    secretariat's actions while it waits."""

    def state(self):
        return api.content.get_state(self.context)

    def state_title(self):
        wf_tool = api.portal.get_tool("portal_workflow")
        title = wf_tool.getTitleForStateOnType(self.state(), self.context.portal_type)
        return translate(title, domain="plone", context=self.request)

    def official(self):
        names = scheduling.official_names([self.context.official] if self.context.official else [])
        return names[0] if names else None

    def phone_only(self):
        return not self.context.email

    def can_handle(self):
        return self.state() == "submitted" and api.user.has_permission(
            "kancelaria: Handle appointment request", obj=self.context
        )

    def appointment(self):
        found = scheduling.appointment_of(self.context)
        if found is None:
            return None
        return {
            "url": found.absolute_url(),
            "title": found.title,
            "start": formats.datetime(in_zone(found.start)),
            "end": formats.datetime(in_zone(found.end)),
            "place": getattr(found, "place", None) or "—",
            "officials": ", ".join(scheduling.official_names(getattr(found, "officials", None))),
        }

    def received(self):
        return formats.datetime(self.context.created())


class IScheduleForm(Interface):
    start = schema.Datetime(title=_("Start"), required=True)
    end = schema.Datetime(title=_("End"), required=True)
    place = schema.TextLine(title=_("Place"), required=False)
    officials = schema.List(
        title=_("Who meets the resident"),
        value_type=schema.Choice(vocabulary=OFFICIALS),
        required=True,
        min_length=1,
    )


class ScheduleForm(CaseActionForm):
    """“Umów spotkanie”: prefilled from the request (the official asked for; the next
    working hour a week ahead as a start to change)."""

    label = _("Schedule an appointment")
    save_label = _("Schedule the appointment")
    success_message = _("Scheduled: the appointment is in the calendar and the resident is told.")
    fields = field.Fields(IScheduleForm)

    fields["officials"].widgetFactory = CheckBoxFieldWidget
    ignoreContext = False

    def getContent(self):
        """The form's first values: the official the resident asked for, and a start a
        week ahead at 10:00 (Warsaw), for half an hour."""
        start = (clock.now() + timedelta(days=7)).replace(
            hour=10, minute=0, second=0, microsecond=0, tzinfo=None
        )
        return {
            "start": start,
            "end": start + timedelta(minutes=30),
            "place": "",
            "officials": [self.context.official] if self.context.official else [],
        }

    def apply(self, data):
        values = {
            "start": data["start"].isoformat() if data.get("start") else None,
            "end": data["end"].isoformat() if data.get("end") else None,
            "place": data.get("place") or "",
            "officials": list(data.get("officials") or []),
        }
        scheduling.schedule(self.context, values)


REASON = comment_fields(
    _("Reason"),
    _("The resident receives it by e-mail (when they gave an address)."),
)


class RefuseForm(TransitionWithCommentForm):
    label = _("Refuse the request")
    save_label = _("Refuse")
    transition = "refuse"
    fields = REASON
    success_message = _("Refused: the resident is told the reason.")


ScheduleFormView = view_for(ScheduleForm)
RefuseFormView = view_for(RefuseForm)
