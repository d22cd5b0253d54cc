"""What the search finds of a letter (only those who may see the letter find it), and what
the register of correspondence lists and filters by: the letter's date in the register
(``register_date``: an outgoing letter's; every other case's is its receipt, ``case.indexers``)
and the other party (``letter_party``: the sender, the recipients).

A letter's ``SearchableText`` holds the text of the PDFs inside it (``letters.pdftext``).
"""

from kancelaria.content.incoming import IIncomingLetter
from kancelaria.content.outgoing import IOutgoingLetter
from kancelaria.letters import pdftext
from kancelaria.workflows.interpellation import plain_text
from plone.indexer import indexer


def _join(parts):
    return " ".join(part for part in parts if part)


@indexer(IIncomingLetter)
def incoming_text(obj):
    return _join(
        [
            obj.signature,
            obj.incoming_number,
            obj.title,
            obj.sender_name,
            obj.sender_organisation,
            obj.sender_reference,
            obj.summary,
            pdftext.text_of_files(obj),
        ]
    )


@indexer(IOutgoingLetter)
def outgoing_text(obj):
    names = [_join([row.get("name"), row.get("organisation")]) for row in obj.recipients or ()]
    return _join(
        [obj.signature, obj.title, *names, plain_text(obj.body), pdftext.text_of_files(obj)]
    )


def _recipients(obj):
    rows = obj.recipients or ()
    return "; ".join(_join([row.get("name"), row.get("organisation")]) for row in rows)


@indexer(IIncomingLetter)
def incoming_party(obj):
    """The sender: name and organisation."""
    return _join([obj.sender_name, obj.sender_organisation])


@indexer(IOutgoingLetter)
def outgoing_party(obj):
    """The recipients: names and organisations."""
    return _recipients(obj)


@indexer(IOutgoingLetter)
def outgoing_register_date(obj):
    """An outgoing letter's date in the register: the day it was sent, until then the
    day it was written (its ``received_date``, given at creation)."""
    return obj.sent_date or obj.received_date
