"""The register's drop zone for e-mails (``.eml``): a file field a file can be dropped
on, and the POST that registers it (``@@eml-upload``) through the same code as REST
``@eml``."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.letters.eml import EMPTY
from kancelaria.letters.fromeml import create_from_eml
from kancelaria.letters.fromeml import email_type
from kancelaria.services.eml.post import uploaded_eml
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zope.i18n import translate

import transaction


class EmlDropZone(BrowserView):
    """The form on the register's page: shown to who may register a letter there."""

    def available(self):
        portal_type = email_type(self.context)
        if portal_type is None:
            return False
        fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
        return fti is not None and fti.isConstructionAllowed(self.context)

    def __call__(self):
        return self.index() if self.available() else ""


class EmlUpload(BrowserView):
    """``POST @@eml-upload`` with ``file``: the new letter's page, or the register with
    the reason it was refused (nothing written)."""

    def __call__(self):
        request = self.request
        back = self.context.absolute_url()
        if request.method != "POST":
            return request.response.redirect(back)
        CheckAuthenticator(request)
        try:
            if not hasattr(request.form.get("file"), "read"):
                raise CaseInputError("file", EMPTY)
            case, parsed = create_from_eml(self.context, uploaded_eml(request))
        except CaseInputError as error:
            transaction.doom()
            message = _(
                "eml_refused",
                default="The e-mail was not registered: ${reason}",
                mapping={"reason": translate(error.message, context=request)},
            )
            api.portal.show_message(message, request=request, type="error")
            return request.response.redirect(back)
        message = _(
            "eml_registered",
            default="The e-mail was registered as ${signature}.",
            mapping={"signature": getattr(case, "signature", None) or case.Title()},
        )
        api.portal.show_message(message, request=request)
        for skipped in parsed.skipped:
            note = _(
                "eml_skipped",
                default="Attachment ${filename} is kept only in the original e-mail: ${reason}",
                mapping={
                    "filename": skipped.filename,
                    "reason": translate(skipped.reason, context=request),
                },
            )
            api.portal.show_message(note, request=request, type="warning")
        return request.response.redirect(case.absolute_url())
