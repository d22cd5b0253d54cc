"""What the search finds of a patronage: its public fields only (never the contact data,
the office's notes, the justification or the report)."""

from kancelaria.content.patronage import IPatronage
from plone.indexer import indexer


@indexer(IPatronage)
def searchable_text(obj):
    parts = [obj.signature, obj.title, obj.organiser_name, obj.place, obj.description]
    return " ".join(part for part in parts if part)
