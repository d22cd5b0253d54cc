"""REST API services (plone.restapi), one folder per endpoint."""

from datetime import date
from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone.restapi.services import Service
from urllib.parse import urlencode

import json
import transaction


def read_json_object(request):
    """The request's JSON body as a dict; anything else is refused naming ``body``.

    A non-JSON body, a JSON array, string, number or ``null``, and JSON nested too deeply
    for the parser are 400s, never 500s."""
    raw = request.get("BODY") or b"{}"
    try:
        data = json.loads(raw)
    except RecursionError as error:
        raise CaseInputError(
            "body", _("error_body_nested", default="the JSON is nested too deeply.")
        ) from error
    except ValueError as error:  # includes UnicodeDecodeError
        raise CaseInputError(
            "body", _("error_body_json", default="the body is not valid JSON.")
        ) from error
    if not isinstance(data, dict):
        raise CaseInputError("body", _("error_body_object", default="a JSON object is expected."))
    return data


def refuse(request, error):
    """Answer ``error`` as a 400 naming its field; nothing of the request is kept."""
    transaction.doom()
    request.response.setStatus(400)
    return error.as_json(request)


def too_many(request, intake):
    """A public form's limit per address over REST (``intake``: the module with
    ``limited(request)`` and ``too_many(seconds)``, as the form's page uses): ``None``
    within it, else the 429's body, with ``Retry-After`` set."""
    from kancelaria.case.statusform import in_site_language

    wait = intake.limited(request)
    if not wait:
        return None
    request.response.setStatus(429)
    request.response.setHeader("Retry-After", str(wait))
    message = in_site_language(intake.too_many(wait))
    return {"error": {"type": "TooManyRequests", "message": message}}


class CaseService(Service):
    """A service that reads a JSON body and answers bad input with a 400 naming the field."""

    def body(self):
        return read_json_object(self.request)

    def reply(self):
        """Subclasses implement ``handle()``."""
        try:
            return self.handle()
        except CaseInputError as error:
            return refuse(self.request, error)


def iso(value):
    """A date as ISO text; anything else as it is."""
    return value.isoformat() if isinstance(value, date) else value


def batched(url, given, items, total, b_start, b_size, **extra):
    """A register's page for other systems: ``@id``, ``items_total``, ``b_start``,
    ``b_size``, what ``extra`` adds, ``items``, ``filters`` (``given``) and the ``batching``
    links to the next and previous pages, which keep the filters."""

    def page(start):
        return f"{url}?{urlencode({**given, 'b_start': start, 'b_size': b_size})}"

    answer = {
        "@id": page(b_start),
        "items_total": total,
        "b_start": b_start,
        "b_size": b_size,
        **extra,
        "items": items,
        "filters": given,
    }
    links = {}
    if b_start + b_size < total:
        links["next"] = page(b_start + b_size)
    if b_start > 0:
        links["prev"] = page(max(0, b_start - b_size))
    if links:
        answer["batching"] = links
    return answer
