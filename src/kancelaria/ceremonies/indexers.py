"""What the catalog keeps of a ceremony: its start as the meetings' (the directives'
dashboard and the desk sort by it; its tasks take it as their meeting's day), its place as
the calendar's (the day and week views list it beside the appointments) and the words it
is found by — not the guests, the speech or the notes, which a department does not read."""

from DateTime import DateTime
from kancelaria.content.ceremony import ICeremony
from plone.indexer import indexer


def _moment(value):
    """Plone's ``start`` and ``end`` (the events' and appointments') keep ``DateTime``s:
    the calendar reads them from the catalog's columns."""
    return DateTime(value) if value is not None else None


@indexer(ICeremony)
def start(obj):
    return _moment(obj.start)


@indexer(ICeremony)
def end(obj):
    return _moment(obj.end)


@indexer(ICeremony)
def ceremony_start(obj):
    return obj.start


@indexer(ICeremony)
def ceremony_location(obj):
    """Plone's ``location`` column, the calendar's place (``calendar.listing``)."""
    return obj.place or ""


@indexer(ICeremony)
def ceremony_text(obj):
    return " ".join(part for part in (obj.title, obj.place, obj.organisers) if part)
