"""The meeting's page (its facts, attendance, agenda, the minutes to whoever may read them,
the directives the viewer may see) and the forms of meetings and directives: “Add
progress”, returning the minutes or a directive, cancelling a directive."""

from kancelaria import _
from kancelaria import formats
from kancelaria import settings
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for
from kancelaria.case import deadlines
from kancelaria.content.meeting import KINDS
from kancelaria.workflows import directive as directives
from kancelaria.workflows import meeting as meetings
from plone import api
from plone.uuid.interfaces import IUUID
from Products.Five import BrowserView
from z3c.form import field
from zope import schema
from zope.interface import Interface


class MeetingView(BrowserView):
    def kind(self):
        term = KINDS.by_value.get(self.context.kind)
        return term.title if term else ""

    def start(self):
        start = self.context.start
        return formats.datetime(start) if start else ""

    def present(self, row):
        return meetings.was_present(row)

    def can_read_minutes(self):
        return api.user.has_permission("kancelaria: View minutes", obj=self.context)

    def minutes(self):
        minutes = self.context.minutes
        return minutes.output if minutes is not None and self.can_read_minutes() else None

    def state_title(self, state, portal_type):
        wf_tool = api.portal.get_tool("portal_workflow")
        return api.portal.translate(
            wf_tool.getTitleForStateOnType(state, portal_type), domain="plone"
        )

    def may_issue(self):
        return api.user.has_permission("kancelaria: Add Directive", obj=self.context)

    def directives(self):
        """The directives of this meeting the viewer may see (the catalog's security: a
        department its own), by deadline."""
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(
            portal_type="Directive", directive_meeting=IUUID(self.context), sort_on="deadline"
        )
        titles = {
            row["symbol"]: row["title"] for row in settings.department_rows(settings.departments())
        }
        return [
            {
                "url": brain.getURL(),
                "title": brain.Title,
                "signature": brain.signature,
                "departments": ", ".join(titles.get(s, s) for s in brain.departments or ()),
                "deadline": formats.date(brain.deadline),
                "status": deadlines.status(brain.deadline) if brain.case_open else None,
                "state": self.state_title(brain.review_state, "Directive"),
                "percent": brain.progress_percent or 0,
            }
            for brain in brains
        ]


class IProgressForm(Interface):
    note = schema.Text(title=_("What was done"), required=True)
    percent = schema.Int(title=_("Percent done"), required=True, min=0, max=100)


class ProgressForm(CaseActionForm):
    label = _("Add progress")
    save_label = _("Add progress")
    fields = field.Fields(IProgressForm)
    success_message = _("The progress was recorded.")

    def apply(self, data):
        directives.add_progress(self.context, data["note"], data["percent"])


ProgressFormView = view_for(ProgressForm)


class ReturnMinutesForm(TransitionWithCommentForm):
    label = _("Return minutes")
    save_label = _("Return minutes")
    transition = "return_minutes"
    fields = comment_fields(
        _("Why do the minutes go back?"),
        _("The office reads this with the returned minutes."),
    )
    success_message = _("The minutes went back to the office.")


ReturnMinutesFormView = view_for(ReturnMinutesForm)


class ReturnDirectiveForm(TransitionWithCommentForm):
    label = _("Return to the department")
    save_label = _("Return to the department")
    transition = "return"
    fields = comment_fields(
        _("Why does the directive go back?"),
        _("The department reads this on its desk."),
    )
    success_message = _("The directive went back to the department.")


ReturnDirectiveFormView = view_for(ReturnDirectiveForm)


class CancelDirectiveForm(TransitionWithCommentForm):
    label = _("Cancel directive")
    save_label = _("Cancel directive")
    transition = "cancel"
    fields = comment_fields(_("Why is the directive cancelled?"), _("Kept in its history."))
    success_message = _("The directive was cancelled.")


CancelDirectiveFormView = view_for(CancelDirectiveForm)
