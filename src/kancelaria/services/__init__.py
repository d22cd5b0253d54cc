"""REST API services (plone.restapi), one folder per endpoint."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service

import transaction


class CaseService(Service):
    """A service that reads a JSON body and answers bad input with a 400 naming the field."""

    def body(self):
        try:
            data = json_body(self.request)
        except Exception as error:  # noqa: B902 - json_body raises a bare DeserializationError
            raise CaseInputError("body", str(error)) from error
        if not isinstance(data, dict):
            raise CaseInputError(
                "body", _("error_body_object", default="a JSON object is expected.")
            )
        return data

    def reply(self):
        """Subclasses implement ``handle()``."""
        try:
            return self.handle()
        except CaseInputError as error:
            transaction.doom()
            self.request.response.setStatus(400)
            return error.as_json(self.request)
