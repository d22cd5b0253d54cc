"""What the search finds of a letter (only those who may see the letter find it)."""

from kancelaria.content.incoming import IIncomingLetter
from kancelaria.content.outgoing import IOutgoingLetter
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
        ]
    )


@indexer(IOutgoingLetter)
def outgoing_text(obj):
    names = [_join([row.get("name"), row.get("organisation")]) for row in obj.recipients or ()]
    return _join([obj.signature, obj.title, *names, plain_text(obj.body)])
