"""``/sprawozdania`` (``@@reports``: the reports by session date, newest first), a
report's page, and the “Przygotuj projekt” form (``@@prepare-draft``)."""

from kancelaria import _
from kancelaria import formats
from kancelaria.browser.publications import MacrosView
from kancelaria.case.errors import CaseInputError
from kancelaria.reports import draft
from plone import api
from plone.protect.authenticator import check as check_token
from Products.Five import BrowserView
from zope.i18n import translate


class ReportsView(MacrosView):
    def reports(self):
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type="ActivityReport",
            sort_on="deadline",
            sort_order="descending",
        )

    def date(self, value):
        return formats.date(value)


class ReportView(BrowserView):
    def date(self, value):
        return formats.date(value)

    def may_prepare(self):
        return api.content.get_state(self.context) == "draft" and api.user.has_permission(
            "Modify portal content", obj=self.context
        )

    def attachments(self):
        return api.content.find(context=self.context, depth=1, portal_type="File")


class PrepareDraftForm(BrowserView):
    """GET: the form (with “replace my edits” when the office has edited the text);
    POST: prepare the draft, back to the report."""

    error = None

    def edited(self):
        return draft.edited(self.context)

    def __call__(self):
        if self.request.method == "POST":
            check_token(self.request)
            try:
                draft.prepare(self.context, replace=bool(self.request.form.get("replace")))
            except CaseInputError as error:
                self.error = error.translated(self.request)
                self.request.response.setStatus(400)
                return self.index()
            api.portal.show_message(
                translate(
                    _("The draft was prepared from the registers; edit it as needed."),
                    context=self.request,
                ),
                self.request,
            )
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()
