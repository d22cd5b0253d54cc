"""What the public forms' pages share (``/patronaty``, the organiser's report page,
``/kontakt/@@umow-spotkanie``): plone.protect's token, the errors by field, the messages."""

from kancelaria import _
from plone.protect.authenticator import check as check_token
from Products.Five import BrowserView
from zExceptions import Forbidden
from zope.i18n import translate


class PublicForm(BrowserView):
    """What the two pages share: the token, the errors by field, the messages."""

    errors = ()
    message = None

    def check_token(self):
        try:
            check_token(self.request)
        except Forbidden:
            self.request.response.setStatus(403)
            self.message = _(
                "form_token_expired",
                default="The form has expired. Please fill it in again and send it.",
            )
            return False
        return True

    def field_error(self, name):
        for error in self.errors:
            if error.field == name:
                return error.translated(self.request)
        return None

    def error_list(self):
        return [
            {"field": error.field, "message": error.translated(self.request)}
            for error in self.errors
        ]

    def message_text(self):
        return translate(self.message, context=self.request) if self.message else None

    def refuse(self, status=400):
        self.request.response.setStatus(status)
