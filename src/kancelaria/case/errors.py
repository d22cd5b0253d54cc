"""One error for bad input to the case core: it names the field and says why."""

from kancelaria import _
from zExceptions import BadRequest
from zope.i18n import translate


class CaseInputError(BadRequest):
    """Refused input; ``field`` names the field, ``message`` says why (translatable).

    A ``BadRequest``: left uncaught it still ends the request with 400 and aborts the
    transaction, so nothing is half-written.
    """

    def __init__(self, field, message=None):
        if isinstance(field, CaseInputError):  # CMFCore re-raises as ``type(e)(e)``
            field, message = field.field, field.message
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {translate(self.message)}"

    def translated(self, request):
        return translate(self.message, context=request)

    def as_json(self, request):
        return {
            "error": {
                "type": "BadRequest",
                "field": self.field,
                "message": f"{self.field}: {self.translated(request)}",
            }
        }


def text_param(value, field, required=False, message=None):
    """A free-text parameter (a comment, a reason): a string, stripped; ``None`` is empty.

    Anything else (a number, a list, an object) is refused naming ``field``; so is an empty
    value when ``required`` (with ``message`` saying why it is needed)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise CaseInputError(field, _("error_text_expected", default="give a text."))
    value = value.strip()
    if required and not value:
        raise CaseInputError(field, message or _("error_text_required", default="required."))
    return value
