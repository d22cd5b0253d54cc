"""``@@pdf``, ``@@docx`` and ``@@receipt`` of an item (CONTRACT.md, "Documents").

Each asks the item's adapter (``ILetterDocument`` / ``IReceiptDocument``) for the
description and renders it; registering the views and the adapter for a type is ZCML only.
Who may print is the view's permission (``configure.zcml``): for an interpellation, whoever
may read its answer; for a receipt, the office.
"""

from kancelaria import _
from kancelaria.documents import pdf
from kancelaria.documents import word
from kancelaria.documents.interfaces import ILetterDocument
from kancelaria.documents.interfaces import IReceiptDocument
from Products.Five import BrowserView
from zExceptions import NotFound
from zope.i18n import translate

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DocumentView(BrowserView):
    media_type = PDF
    extension = "pdf"
    disposition = "inline"  # a PDF opens in the browser, to read or print

    def render(self, source):
        raise NotImplementedError

    def source(self):
        return ILetterDocument(self.context)

    def describe(self, source):
        letter = source.letter()
        if letter is None:
            message = _(
                "error_nothing_to_print",
                default="There is no document to print yet: its text is empty.",
            )
            raise NotFound(translate(message, context=self.request))
        return letter

    def __call__(self):
        source = self.source()
        body = self.render(self.describe(source))
        response = self.request.response
        response.setHeader("Content-Type", self.media_type)
        response.setHeader(
            "Content-Disposition",
            f'{self.disposition}; filename="{source.filename()}.{self.extension}"',
        )
        response.setHeader("Content-Length", str(len(body)))
        # A draft answer or a receipt's access code is for whoever printed it only.
        response.setHeader("Cache-Control", "private, no-store")
        return body


class LetterPDF(DocumentView):
    """``GET <item>/@@pdf``."""

    def render(self, letter):
        return pdf.letter_pdf(letter)


class LetterDOCX(DocumentView):
    """``GET <item>/@@docx``: the same letter, editable."""

    media_type = DOCX
    extension = "docx"
    disposition = "attachment"

    def render(self, letter):
        return word.letter_docx(letter)


class ReceiptPDF(DocumentView):
    """``GET <incoming>/@@receipt``: the receipt confirmation with the access code."""

    def source(self):
        return IReceiptDocument(self.context)

    def describe(self, source):
        return source.receipt()

    def render(self, receipt):
        return pdf.receipt_pdf(receipt)
