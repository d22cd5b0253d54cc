"""Catalog columns and indexes of ``/media``: the archive and ``@media`` list without loading
an item. ``media_date`` is a study's delivery (or order) date and a programme's latest air
date; ``media_card`` holds what the archive shows of it, public fields only (the cost and
the internal notes are not in it)."""

from kancelaria.content.broadcast import IBroadcast
from kancelaria.content.research import IResearchOrder
from plone.indexer import indexer


def _size(named):
    return named.getSize() if named is not None else None


@indexer(IResearchOrder)
def research_date(obj):
    return obj.delivery_date or obj.order_date


@indexer(IBroadcast)
def broadcast_date(obj):
    dates = [d for d in obj.air_dates or () if d is not None]
    return max(dates).date() if dates else None


@indexer(IBroadcast)
def broadcast_medium(obj):
    return obj.medium


@indexer(IResearchOrder)
def research_card(obj):
    return {
        "kind": obj.kind,
        "summary": obj.summary,
        "contractor": obj.contractor,
        "file_size": _size(obj.report),
    }


@indexer(IBroadcast)
def broadcast_card(obj):
    return {
        "broadcaster": obj.broadcaster,
        "medium": obj.medium,
        "air_dates": [d.isoformat() for d in sorted(obj.air_dates or ()) if d is not None],
        "topics": list(obj.topics or ()),
        "recording_url": obj.recording_url,
        "file_size": _size(obj.recording),
    }
