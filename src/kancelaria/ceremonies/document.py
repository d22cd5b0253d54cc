"""The mayor's speech at a ceremony as a document (``@@pdf``, ``@@docx`` of a ceremony):
the letterhead, the place and the ceremony's day, “Przemówienie Prezydenta Miasta: <title>”,
the speech and the signatory. Nothing to print (a 404) while the speech is empty."""

from kancelaria import _
from kancelaria import clock
from kancelaria.documents import site
from kancelaria.documents.adapters import rich_text
from kancelaria.documents.adapters import safe_filename
from kancelaria.documents.interfaces import ILetterDocument
from kancelaria.documents.model import Letter
from kancelaria.documents.richtext import blocks
from kancelaria.documents.richtext import clean
from kancelaria.documents.views import LetterDOCX
from kancelaria.documents.views import LetterPDF
from kancelaria.workflows import meeting as meetings
from zope.i18n import translate
from zope.interface import implementer


@implementer(ILetterDocument)
class CeremonySpeech:
    def __init__(self, context):
        self.context = context

    def filename(self):
        prefix = translate(_("speech_filename", default="speech"), target_language=site.language())
        return safe_filename(prefix, self.context.getId())

    def letter(self):
        obj = self.context
        text = rich_text(obj.speech)
        if not blocks(clean(text)):
            return None
        language = site.language()
        subject = _(
            "speech_subject", default="The mayor's speech: ${title}", mapping={"title": obj.title}
        )
        return Letter(
            letterhead=site.letterhead(),
            place=site.place(),
            date=meetings.meeting_day(obj) or clock.today(),
            subject=translate(subject, target_language=language),
            body_html=text,
            signatory=site.signatory(),
            language=language,
        )


class SpeechPDF(LetterPDF):
    link_title = _("link_speech_pdf", default="Speech (PDF)")


class SpeechDOCX(LetterDOCX):
    link_title = _("link_speech_docx", default="Speech to edit (DOCX)")
