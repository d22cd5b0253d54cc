"""One error for bad input to the case core: it names the field and says why."""

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
