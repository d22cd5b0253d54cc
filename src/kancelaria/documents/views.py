"""``@@pdf``, ``@@docx`` and ``@@receipt`` of an item (CONTRACT.md, "Documents").

Each asks the item's adapter (``ILetterDocument``, ``IReceiptDocument``,
``IMinutesDocument``) for the description and renders it; registering the views and the
adapter for a type is ZCML only.
Who may print is the view's permission (``configure.zcml``): for an interpellation, whoever
may read its answer; for a receipt, the office; for a meeting's minutes, whoever may read
the minutes (``kancelaria.ViewMinutes``: a department only once approved).
"""

from AccessControl import Unauthorized
from kancelaria import _
from kancelaria.documents import pdf
from kancelaria.documents import word
from kancelaria.documents.interfaces import ILetterDocument
from kancelaria.documents.interfaces import IMinutesDocument
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
    #: The button's label on the item's page, when it is not the letter's (``LINKS``).
    link_title = None

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

    def available(self):
        """Whether there is something to print (the case page links only to those)."""
        try:
            self.describe(self.source())
        except NotFound:
            return False
        return True

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

    def available(self):
        return True

    def source(self):
        return IReceiptDocument(self.context)

    def describe(self, source):
        return source.receipt()

    def render(self, receipt):
        return pdf.receipt_pdf(receipt)


class MinutesPDF(DocumentView):
    """``GET <meeting>/@@pdf``: the minutes, for whoever may read them."""

    link_title = _("link_minutes_pdf", default="Minutes (PDF)")

    def source(self):
        return IMinutesDocument(self.context)

    def describe(self, source):
        minutes = source.minutes()
        if minutes is None:
            message = _(
                "error_no_minutes_to_print",
                default="There are no minutes to print yet: they are not written.",
            )
            raise NotFound(translate(message, context=self.request))
        return minutes

    def render(self, minutes):
        return pdf.minutes_pdf(minutes)


class MinutesDOCX(MinutesPDF):
    """``GET <meeting>/@@docx``: the same minutes, editable."""

    media_type = DOCX
    extension = "docx"
    disposition = "attachment"
    link_title = _("link_minutes_docx", default="Minutes to edit (DOCX)")

    def render(self, minutes):
        return word.minutes_docx(minutes)


#: The documents an item may have, as the case page links to them: view name, label.
LINKS = (
    ("pdf", _("link_pdf", default="Letter (PDF)")),
    ("docx", _("link_docx", default="Letter to edit (DOCX)")),
    ("receipt", _("link_receipt", default="Receipt confirmation (PDF)")),
)


def links(context):
    """``[{"name", "title", "url"}]`` of the documents of ``context`` the current user may
    open and that have something in them (an interpellation without an answer has none)."""
    found = []
    for name, title in LINKS:
        try:
            view = context.restrictedTraverse(f"@@{name}")
        except (AttributeError, KeyError, LookupError, Unauthorized, NotFound):
            continue
        if isinstance(view, DocumentView) and view.available():
            found.append(
                {
                    "name": name,
                    "title": view.link_title or title,
                    "url": f"{context.absolute_url()}/@@{name}",
                }
            )
    return found
