"""What the catalog keeps of a ceremony: its start as the meetings' (the directives'
dashboard and the desk sort by it; its tasks take it as their meeting's day) and the words
it is found by — not the guests, the speech or the notes, which a department does not read."""

from kancelaria.content.ceremony import ICeremony
from plone.indexer import indexer


@indexer(ICeremony)
def ceremony_start(obj):
    return obj.start


@indexer(ICeremony)
def ceremony_text(obj):
    return " ".join(part for part in (obj.title, obj.place, obj.organisers) if part)
