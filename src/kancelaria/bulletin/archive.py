"""The public archive of the bulletin by year, from the catalog (as the caller may see it:
anonymous visitors find published issues only)."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api

PORTAL_TYPE = "BulletinIssue"


def year_param(value):
    """``?year=2026``: ``None`` when not given; anything but a year is refused naming it."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and len(value) == 4 and value.isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return value
    raise CaseInputError("year", _("error_year", default="give a year of four digits, e.g. 2026."))


def _query(context):
    return {"portal_type": PORTAL_TYPE, "path": "/".join(context.getPhysicalPath())}


def years(context):
    """The years with an issue the caller may see, newest first."""
    brains = api.portal.get_tool("portal_catalog").searchResults(**_query(context))
    return sorted({b.issue_date.year for b in brains if b.issue_date}, reverse=True)


def issues(context, year=None):
    """``[(year, [brains])]``, the newest year and issue first."""
    from datetime import date

    query = {**_query(context), "sort_on": "issue_date", "sort_order": "descending"}
    if year is not None:
        query["issue_date"] = {
            "query": (date(year, 1, 1), date(year, 12, 31)),
            "range": "min:max",
        }
    groups = {}
    for brain in api.portal.get_tool("portal_catalog").searchResults(**query):
        groups.setdefault(brain.issue_date.year if brain.issue_date else None, []).append(brain)
    return sorted(groups.items(), key=lambda item: item[0] or 0, reverse=True)


def size_text(size):
    """``2,3 MB`` / ``340 kB``: a Polish reader's file size."""
    if size is None:
        return ""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"
    return f"{max(1, round(size / 1024))} kB"


def download_url(brain_or_obj):
    url = brain_or_obj.getURL() if hasattr(brain_or_obj, "getURL") else brain_or_obj.absolute_url()
    return f"{url}/@@download/file"


def describe(brain):
    """One issue as REST gives it (catalog metadata only)."""
    return {
        "@id": brain.getURL(),
        "title": brain.Title,
        "description": brain.Description,
        "number": brain.bulletin_number,
        "issue_date": brain.issue_date.isoformat() if brain.issue_date else None,
        "review_state": brain.review_state,
        "file": (
            {"download": download_url(brain), "size": brain.bulletin_file_size}
            if brain.bulletin_file_size
            else None
        ),
    }
