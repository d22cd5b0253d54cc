"""``POST /patronaty/@apply`` — an application without an account, for other systems:
the JSON fields of CONTRACT.md (``Patronage``), attachments as ``[{"filename",
"content-type", "data": <base64>}]`` in ``attachments``, the honeypot ``website`` empty.
201 ``{"signature", "review_state"}``; bad input 400 naming the field; too many attempts
from one address 429 with ``Retry-After`` (the page and REST count together)."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.patronage import apply
from kancelaria.patronage import register
from kancelaria.services import read_json_object
from kancelaria.services import refuse
from kancelaria.services import too_many
from plone.restapi.services import Service
from zExceptions import NotFound

import base64
import binascii


def attachments_of(data):
    raw = data.get("attachments")
    if raw in (None, []):
        return []
    bad = CaseInputError(
        "attachments",
        _(
            "apply_attachments_format",
            default="give a list of {filename, content-type, data} with the file's bytes in "
            "base64.",
        ),
    )
    if not isinstance(raw, list) or len(raw) > apply.MAX_ATTACHMENTS * 2:
        raise bad
    found = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("filename"), str):
            raise bad
        encoded = item.get("data")
        media_type = item.get("content-type") or "application/octet-stream"
        if not isinstance(encoded, str) or not isinstance(media_type, str):
            raise bad
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as error:
            raise bad from error
        found.append(apply.Attachment(item["filename"].strip(), content, media_type[:100]))
    return found


class ApplyPost(Service):
    def reply(self):
        request = self.request
        if not register.is_patronage_register(self.context):
            raise NotFound("@apply")
        request.response.setHeader("Cache-Control", "no-store")
        refused = too_many(request, apply)
        if refused is not None:
            return refused
        try:
            data = read_json_object(request)
            application = apply.read(data, attachments_of(data))
            if application.errors:
                raise application.errors[0]
            obj = apply.create(application, self.context)
        except CaseInputError as error:
            return refuse(request, error)
        request.response.setStatus(201)
        return {"signature": obj.signature, "review_state": "submitted"}
