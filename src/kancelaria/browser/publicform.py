"""What the public forms' pages share (``/patronaty``, the organiser's report page,
``/kontakt/@@umow-spotkanie``): plone.protect's token, the errors by field, the messages."""

from kancelaria import _
from plone.protect.authenticator import check as check_token
from Products.Five import BrowserView
from zExceptions import Forbidden
from zope.i18n import translate


class PublicForm(BrowserView):
    """What the pages share: the page drawn with the posted values, the limit per address
    and the token before anything is read, the errors by field, the messages.

    A page names its ``_intake`` (private: never traversable), the module whose
    ``limited(request)`` counts an attempt of the address (the seconds to wait, or 0) and
    whose ``too_many(seconds)`` words the refusal; its ``submit()`` reads ``self.form``
    once the attempt is admitted."""

    errors = ()
    message = None
    _intake = None

    def __call__(self):
        self.form = {}
        if self.request.get("REQUEST_METHOD") == "POST":
            self.form = self.posted()
            if self.admitted():
                self.submit()
        self.request.response.setHeader("Cache-Control", "no-store")
        return self.index()

    def posted(self):
        """The posted text values (not the token)."""
        return {
            name: value
            for name, value in self.request.form.items()
            if isinstance(value, str) and name != "_authenticator"
        }

    def admitted(self):
        """Within the address's limit (else a 429 with ``Retry-After``) and with a valid
        token (else a 403): the attempt may be read."""
        wait = self._intake.limited(self.request)
        if wait:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            self.message = self._intake.too_many(wait)
            return False
        return self.check_token()

    def value(self, name):
        return self.form.get(name, "")

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
