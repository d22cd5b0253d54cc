"""The public archive of ``/media`` from the catalog, as the caller may see it: aired
programmes (broadcasts) and research reports, newest first, 50 a page.

Parameters, each refused naming it when bad (``CaseInputError``: REST answers 400):
``kind`` (``broadcast`` | ``research``), ``year``, ``medium`` (``tv``, ``radio``,
``internet``: programmes only), ``state`` (staff only: a workflow state of the types),
``b_start`` (the first item of the page).
"""

from datetime import date
from kancelaria import _
from kancelaria.bulletin.archive import size_text
from kancelaria.bulletin.archive import year_param
from kancelaria.case import params as query_params
from kancelaria.case.errors import CaseInputError
from kancelaria.case.filters import choice_cleaner
from kancelaria.content.broadcast import MEDIA
from plone import api

KINDS = {"broadcast": "Broadcast", "research": "ResearchOrder"}
STATES = {
    "Broadcast": ("private", "published"),
    "ResearchOrder": ("planned", "ordered", "delivered", "published"),
}
PAGE = 50

__all__ = ("size_text",)


def _choice(form, name, allowed):
    """One of ``allowed`` (the listings' own choice check), ``None`` when not given."""
    value = query_params.text(form, name)
    return None if value is None else choice_cleaner(name, allowed)(value)


def is_staff(context):
    """The staff of ``/media`` (the office, the mayor's group, the press office: Reader
    there) and administrators."""
    if api.user.is_anonymous():
        return False
    roles = set(api.user.get_roles(obj=context))
    return bool(roles & {"Reader", "Manager", "Site Administrator"})


def params(context, form):
    """The archive's filters from a request's form (or a REST query)."""
    kind = _choice(form, "kind", tuple(KINDS))
    medium = _choice(form, "medium", tuple(MEDIA.by_value))
    all_states = sorted({s for states in STATES.values() for s in states})
    state = _choice(form, "state", all_states)
    if state is not None and not is_staff(context):
        raise CaseInputError(
            "state",
            _(
                "error_media_state",
                default="only the staff choose a state; visitors see the published items.",
            ),
        )
    return {
        "kind": kind,
        "year": year_param(form.get("year")),
        "medium": medium,
        "state": state,
        "b_start": query_params.integer(form, "b_start", 0, 0, 10**9),
    }


def _query(context, p):
    types = [KINDS[p["kind"]]] if p["kind"] else list(KINDS.values())
    if p["medium"]:
        types = [t for t in types if t == "Broadcast"]
    query = {
        "portal_type": types,
        "path": "/".join(context.getPhysicalPath()),
        "sort_on": "media_date",
        "sort_order": "descending",
    }
    if p["medium"]:
        query["media_medium"] = p["medium"]
    if p["year"]:
        y = p["year"]
        query["media_date"] = {"query": (date(y, 1, 1), date(y, 12, 31)), "range": "min:max"}
    if p["state"]:
        query["review_state"] = p["state"]
    return query


def search(context, p):
    """``(total, brains of the page)``; an item without a date (a study not yet ordered,
    a programme not yet aired) is not listed."""
    query = _query(context, p)
    if not query["portal_type"]:
        return 0, []
    brains = api.portal.get_tool("portal_catalog").searchResults(**query)
    return len(brains), list(brains[p["b_start"] : p["b_start"] + PAGE])


def years(context):
    """The years with an item the caller may see, newest first."""
    brains = api.portal.get_tool("portal_catalog").searchResults(
        portal_type=list(KINDS.values()), path="/".join(context.getPhysicalPath())
    )
    return sorted({b.media_date.year for b in brains if b.media_date}, reverse=True)


def download_url(brain, field):
    return f"{brain.getURL()}/@@download/{field}"


def describe(brain):
    """One item as REST gives it (catalog metadata only)."""
    card = brain.media_card or {}
    item = {
        "@id": brain.getURL(),
        "@type": brain.portal_type,
        "title": brain.Title,
        "review_state": brain.review_state,
        "date": brain.media_date.isoformat() if brain.media_date else None,
    }
    if brain.portal_type == "ResearchOrder":
        item.update(
            kind=card.get("kind"),
            summary=card.get("summary"),
            contractor=card.get("contractor"),
            report=(
                {"download": download_url(brain, "report"), "size": card["file_size"]}
                if card.get("file_size")
                else None
            ),
        )
    else:
        item.update(
            description=brain.Description,
            broadcaster=card.get("broadcaster"),
            medium=card.get("medium"),
            air_dates=card.get("air_dates", []),
            topics=card.get("topics", []),
            recording_url=card.get("recording_url"),
            recording=(
                {"download": download_url(brain, "recording"), "size": card["file_size"]}
                if card.get("file_size")
                else None
            ),
        )
    return item
