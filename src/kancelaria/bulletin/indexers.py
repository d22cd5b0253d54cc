"""Catalog columns of an issue: what the archive and ``@bulletin`` list without loading it."""

from kancelaria.content.bulletin import IBulletinIssue
from plone.indexer import indexer


@indexer(IBulletinIssue)
def bulletin_number(obj):
    return obj.number


@indexer(IBulletinIssue)
def bulletin_file_size(obj):
    return obj.file.getSize() if getattr(obj, "file", None) is not None else None
