"""``POST <register>/@eml`` — register an e-mail saved from a mail program (``.eml``).

The body is the e-mail itself (``Content-Type: message/rfc822``) or a multipart upload
with the e-mail in ``file``. Answers 201 with the new letter's ``@id``, ``signature`` and
``incoming_number``, the files made inside it, and the attachments left in the original
(``skipped``, each with the reason).
"""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.letters.fromeml import create_from_eml
from kancelaria.services import CaseService
from zope.i18n import translate

#: Bodies taken as the e-mail itself.
RAW_TYPES = ("message/rfc822", "application/octet-stream")


def uploaded_eml(request):
    """The bytes of the e-mail in ``request``: the form's ``file``, or the raw body."""
    upload = request.form.get("file")
    if upload is not None and hasattr(upload, "read"):
        upload.seek(0)
        return upload.read()
    content_type = (request.getHeader("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in RAW_TYPES:
        raise CaseInputError(
            "file",
            _(
                "error_eml_upload",
                default="send the e-mail as the body (Content-Type: message/rfc822) or as "
                "a multipart upload in 'file'.",
            ),
        )
    body = request.get("BODY") or b""
    return body.encode("utf-8", "surrogateescape") if isinstance(body, str) else body


class EmlPost(CaseService):
    def handle(self):
        request = self.request
        case, parsed = create_from_eml(self.context, uploaded_eml(request))
        request.response.setStatus(201)
        request.response.setHeader("Location", case.absolute_url())
        return {
            "@id": case.absolute_url(),
            "@type": case.portal_type,
            "UID": case.UID(),
            "title": case.title,
            "signature": getattr(case, "signature", None),
            "incoming_number": getattr(case, "incoming_number", None),
            "files": [item.file.filename for item in case.objectValues() if item.file],
            "skipped": [
                {"filename": s.filename, "reason": translate(s.reason, context=request)}
                for s in parsed.skipped
            ],
        }
