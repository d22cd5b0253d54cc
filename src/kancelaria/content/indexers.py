"""What the search finds of an interpellation: the answer only once it is public."""

from kancelaria import settings
from kancelaria.content.interpellation import IInterpellation
from kancelaria.workflows.interpellation import plain_text
from plone import api
from plone.indexer import indexer


@indexer(IInterpellation)
def searchable_text(obj):
    councillor = settings.councillors().get(obj.councillor) or {}
    parts = [
        obj.signature or "",
        obj.title or "",
        councillor.get("fullname", ""),
        plain_text(obj.text),
    ]
    if api.content.get_state(obj, default=None) == "answered":
        parts.append(plain_text(obj.answer))
    return " ".join(part for part in parts if part)
