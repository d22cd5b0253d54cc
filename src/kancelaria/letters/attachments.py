"""Files inside a letter: the text of a PDF goes into the letter's ``SearchableText``
(``pdftext``), and adding or removing a file is an action in the letter's case history
(metryka sprawy: date, person, action, document)."""

from kancelaria.case import history
from kancelaria.content.incoming import IIncomingLetter
from kancelaria.content.outgoing import IOutgoingLetter
from kancelaria.letters import pdftext

#: The case history's actions for a file of a letter.
ATTACH = "attach_file"
REMOVE = "remove_file"


def _letter(parent):
    if IIncomingLetter.providedBy(parent) or IOutgoingLetter.providedBy(parent):
        return parent
    return None


def _name(obj):
    blob = getattr(obj, "file", None)
    return getattr(blob, "filename", None) or obj.Title() or obj.getId()


def file_added(obj, event):
    letter = _letter(event.newParent)
    if letter is None or event.oldParent is not None:
        return  # moved within the site or renamed: no new document
    pdftext.remember(obj)
    history.record(letter, ATTACH, comment=_name(obj))
    letter.reindexObject(idxs=["SearchableText"])


def file_modified(obj, event):
    letter = _letter(obj.__parent__)
    if letter is None:
        return
    had = getattr(obj, pdftext.TEXT_ATTR, None)
    if pdftext.remember(obj) or had:
        letter.reindexObject(idxs=["SearchableText"])


def file_removed(obj, event):
    letter = _letter(event.oldParent)
    if letter is None or event.newParent is not None:
        return
    history.record(letter, REMOVE, comment=_name(obj))
    letter.reindexObject(idxs=["SearchableText"])
