"""``POST /@case-status`` — ``{"signature": "KPM.0002.3.2026", "code": "K7M2P-QX9RT"}`` →
``{"state": {"id", "title"}, "departments": [{"symbol", "title"}], "deadline",
"closed_date"}``; a wrong pair: 404, always the same body; too many attempts: 429 with
``Retry-After``; a missing or malformed field (or body): 400 naming it."""

from kancelaria.case import statusform
from kancelaria.case.errors import CaseInputError
from kancelaria.services import read_json_object
from kancelaria.services import refuse
from plone.restapi.services import Service


class CaseStatusPost(Service):
    def reply(self):
        request = self.request
        request.response.setHeader("Cache-Control", "no-store")
        outcome = statusform.limited(request)
        if outcome is None:
            try:
                data = read_json_object(request)
            except CaseInputError as error:
                return refuse(request, error)
            outcome = statusform.lookup(data.get("signature"), data.get("code"))
        if outcome.status == 400:
            return refuse(request, outcome.error)
        request.response.setStatus(outcome.status)
        if outcome.status == 200:
            return outcome.facts
        if outcome.retry_after:
            request.response.setHeader("Retry-After", str(outcome.retry_after))
        kind = "TooManyRequests" if outcome.status == 429 else "NotFound"
        return {"error": {"type": kind, "message": statusform.in_site_language(outcome.message)}}
