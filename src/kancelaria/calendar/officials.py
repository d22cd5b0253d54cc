"""The office's page of the calendar's officials, ``/kancelaria/kalendarz/@@calendar-officials``
(``kancelaria: Manage calendar``: the secretariats): the officials' table (the registry's
``kancelaria.calendar.officials``) and each official's feed address, with a button that
gives it a new token (the old address stops working)."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from kancelaria import _
from kancelaria.calendar import feeds
from kancelaria.calendar import settings
from plone import api
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.protect import CheckAuthenticator
from plone.z3cform import layout
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import BadRequest


class OfficialsForm(RegistryEditForm):
    schema = settings.ICalendarSettings
    schema_prefix = settings.PREFIX
    label = _("Officials of the calendar")
    description = _(
        "The mayor and the deputies whose appointments the calendar keeps, and the "
        "addresses of their calendar feeds for phones."
    )

    def updateFields(self):
        super().updateFields()
        self.fields["officials"].widgetFactory = DataGridFieldFactory

    def updateActions(self):
        super().updateActions()
        if "cancel" in self.actions:
            del self.actions["cancel"]

    def feeds(self):
        return [
            {"id": key, "fullname": row["fullname"], "url": feeds.feed_url(key)}
            for key, row in settings.officials().items()
        ]


class OfficialsWrapper(layout.FormWrapper):
    index = ViewPageTemplateFile("templates/officials.pt")


OfficialsPage = layout.wrap_form(OfficialsForm, OfficialsWrapper)


class RegenerateToken(BrowserView):
    """``POST @@calendar-new-token`` with ``official``: a new token, back to the page."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        official = self.request.form.get("official")
        if official not in settings.officials():
            raise BadRequest("official")
        feeds.regenerate(official)
        api.portal.show_message(
            _("The feed has a new address; the old one no longer works."), self.request
        )
        self.request.response.redirect(f"{self.context.absolute_url()}/@@calendar-officials")
        return ""
