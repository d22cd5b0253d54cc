"""The catalog's view of the press office's items: the news listing's marks and the
clippings archive's filters and columns (read without loading an object)."""

from kancelaria.content.clipping import IPressClipping
from kancelaria.press.behaviors import IPressConference
from kancelaria.press.behaviors import IPressRelease
from kancelaria.press.behaviors import press_kind
from plone.indexer import indexer


@indexer(IPressRelease)
def release_kind(obj):
    return press_kind(obj)


@indexer(IPressConference)
def conference_kind(obj):
    return press_kind(obj)


@indexer(IPressClipping)
def clipping_date(obj):
    return obj.clipping_date


@indexer(IPressClipping)
def clipping_medium(obj):
    return obj.medium


@indexer(IPressClipping)
def clipping_medium_kind(obj):
    return obj.medium_kind


@indexer(IPressClipping)
def clipping_tone(obj):
    return obj.tone


@indexer(IPressClipping)
def clipping_author(obj):
    return obj.author


@indexer(IPressClipping)
def clipping_subject(obj):
    """The clipping's topics are its tags (``Subject``): the archive filters by them."""
    return tuple(obj.topics or ())


@indexer(IPressClipping)
def clipping_text(obj):
    """What the archive's text filter finds: headline, medium, author, topics, summary."""
    parts = [obj.title, obj.medium, obj.author, *(obj.topics or ()), obj.summary]
    return " ".join(p for p in parts if p)
