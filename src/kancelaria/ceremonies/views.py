"""The ceremony's page (its facts, the guests, the speech and the galleries for the staff,
the plan of tasks with the “Add task” button) and the calendar's form “Create the year's
ceremonies”."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from kancelaria import _
from kancelaria import clock
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for
from kancelaria.browser.meetings import MeetingView
from kancelaria.case.errors import CaseInputError
from kancelaria.ceremonies import calendar
from kancelaria.ceremonies.settings import PREFIX
from kancelaria.ceremonies.settings import ICeremonySettings
from kancelaria.content.ceremony import KINDS
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.protect import CheckAuthenticator
from plone.z3cform.layout import wrap_form
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form.interfaces import WidgetActionExecutionError
from zExceptions import NotFound
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid

import transaction

DETAILS = "kancelaria: View ceremony details"


class CeremonyView(MeetingView):
    def kind(self):
        term = KINDS.by_value.get(self.context.kind)
        return term.title if term else ""

    def end(self):
        from kancelaria import formats

        end = self.context.end
        return formats.datetime(end) if end else ""

    def state(self):
        return self.state_title(api.content.get_state(self.context), "Ceremony")

    def details(self):
        """The guests, the speech, the notes and the galleries: the staff's, not a
        department's (it sees the ceremony through its task)."""
        return api.user.has_permission(DETAILS, obj=self.context)

    def organisers(self):
        return [
            line.strip() for line in (self.context.organisers or "").splitlines() if line.strip()
        ]

    def speech(self):
        speech = self.context.speech
        return speech.output if speech is not None and self.details() else None

    def galleries(self):
        """The linked galleries the viewer may see, with their state."""
        found = []
        for relation in self.context.galleries or ():
            obj = None if relation.isBroken() else relation.to_object
            if obj is None or not api.user.has_permission("View", obj=obj):
                continue
            found.append(
                {
                    "url": obj.absolute_url(),
                    "title": obj.Title(),
                    "state": self.state_title(api.content.get_state(obj), "Gallery"),
                }
            )
        return found


class IGenerateForm(Interface):
    year = schema.Int(
        title=_("Year"),
        description=_(
            "The state holidays and remembrance days, and the city's anniversaries of the "
            "settings. Those already in the calendar are not added again."
        ),
        required=True,
    )


class GenerateForm(form.Form):
    """``@@ceremonies-generate`` of the calendar: “Create the year's ceremonies”."""

    ignoreContext = True
    fields = field.Fields(IGenerateForm)
    label = _("Create the year's ceremonies")

    def update(self):
        if not calendar.is_calendar(self.context):
            raise NotFound("ceremonies-generate")
        super().update()

    def updateWidgets(self):
        super().updateWidgets()
        if not self.request.form.get("form.widgets.year"):
            self.widgets["year"].value = str(clock.today().year + 1)

    @button.buttonAndHandler(_("Create"), name="create")
    def handle_create(self, action):
        CheckAuthenticator(self.request)
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        try:
            created, existing = calendar.generate(self.context, data["year"])
        except CaseInputError as error:
            transaction.doom()
            raise WidgetActionExecutionError("year", Invalid(error.message)) from error
        api.portal.show_message(message(data["year"], created, existing), request=self.request)
        self.request.response.redirect(self.context.absolute_url())


def message(year, created, existing):
    if not created:
        return _(
            "ceremonies_none_new",
            default="The ceremonies of ${year} are all in the calendar already: nothing added.",
            mapping={"year": year},
        )
    return _(
        "ceremonies_created",
        default="Ceremonies of ${year} added: ${count} (already there: ${existing}).",
        mapping={"year": year, "count": len(created), "existing": len(existing)},
    )


GenerateView = wrap_form(GenerateForm)


class ReopenForm(TransitionWithCommentForm):
    """``@@reopen-ceremony``: a held ceremony planned again, saying why."""

    transition = "reopen"
    label = _("Plan the ceremony again")
    save_label = _("Plan again")
    fields = comment_fields(_("Why"), _("Kept in the ceremony's history (e.g. it was postponed)."))


ReopenView = view_for(ReopenForm)


class CeremonySettingsForm(RegistryEditForm):
    """``@@ceremonies-settings``: the city's anniversaries, for the office."""

    schema = ICeremonySettings
    schema_prefix = PREFIX
    label = _("Ceremonies")
    description = _("The city's anniversaries the year's ceremonies are generated from.")

    def update(self):
        if not calendar.is_calendar(self.context):
            raise NotFound("ceremonies-settings")
        super().update()

    def updateFields(self):
        super().updateFields()
        self.fields["anniversaries"].widgetFactory = DataGridFieldFactory


CeremonySettingsView = wrap_form(CeremonySettingsForm, ControlPanelFormWrapper)


class CalendarButtonsViewlet(ViewletBase):
    """On the calendar, for the office: “Create the year's ceremonies” and the city's
    anniversaries they are generated from."""

    def available(self):
        return calendar.is_calendar(self.context) and api.user.has_permission(
            "kancelaria: Add Ceremony", obj=self.context
        )


class GalleryCeremoniesViewlet(ViewletBase):
    """On a gallery's page, the other end of the link: the ceremonies it documents that
    the viewer may see (the staff; nobody else sees an internal ceremony)."""

    def update(self):
        super().update()
        self.ceremonies = []
        if api.user.is_anonymous():
            return
        for relation in api.relation.get(target=self.context, relationship="galleries"):
            obj = None if relation.isBroken() else relation.from_object
            if obj is None or getattr(obj, "portal_type", None) != "Ceremony":
                continue
            if api.user.has_permission("View", obj=obj):
                self.ceremonies.append({"url": obj.absolute_url(), "title": obj.Title()})
