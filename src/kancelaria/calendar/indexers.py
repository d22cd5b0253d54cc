"""What the catalog keeps of an appointment: Plone's ``start`` and ``end`` indexes (those of
events), the officials, and a search text of its public fields only — a public appointment
is found by everyone, so its participants and notes never go into the text."""

from DateTime import DateTime
from kancelaria.calendar import settings
from kancelaria.content.appointment import IAppointment
from plone.indexer import indexer


def _datetime(value):
    return DateTime(value) if value is not None else None


@indexer(IAppointment)
def start(obj):
    return _datetime(getattr(obj, "start", None))


@indexer(IAppointment)
def end(obj):
    return _datetime(getattr(obj, "end", None))


@indexer(IAppointment)
def officials(obj):
    return tuple(obj.officials or ())


@indexer(IAppointment)
def searchable_text(obj):
    parts = [obj.title, obj.place]
    parts += [settings.name_of(official) for official in obj.officials or ()]
    return " ".join(part for part in parts if part)


@indexer(IAppointment)
def location(obj):
    """Plone's ``location`` column (events'): the place, a public field."""
    return obj.place or ""
