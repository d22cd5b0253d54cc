"""Request filters → one catalog query over the press archive; the monthly summary.

The archive's page (``@@clippings``), ``GET @clippings``, the summary page
(``@@podsumowanie``) and ``GET @clippings-summary`` read the parameters here, so they
agree. The catalog applies the user's security: the office and the mayor find the
clippings in the archive, the press office also those it is cataloguing.

Filters: ``q`` (words of the headline, medium, author, topics and summary),
``medium`` (the medium's name, exactly), ``medium_kind`` (``press``, ``internet``,
``radio``, ``tv``), ``tone`` (``positive``, ``neutral``, ``negative``), ``topic`` (one
topic, exactly), ``date_from`` / ``date_to`` (ISO dates, inclusive, of the clipping's date);
the newest first. A bad value raises ``CaseInputError`` naming the parameter.
"""

from datetime import date
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.case import filters as common
from kancelaria.case.errors import CaseInputError
from kancelaria.case.limits import CONTROL_RE
from kancelaria.content.clipping import MEDIA_KINDS
from kancelaria.content.clipping import TONES
from plone import api
from zope.i18n import translate

import re

PORTAL_TYPE = "PressClipping"
TONE_IDS = tuple(TONES.by_value)
KIND_IDS = tuple(MEDIA_KINDS.by_value)
#: The summary's column of clippings not yet assessed.
NO_TONE = "none"


def _exact_text(name):
    def clean(value):
        if len(value) > common.MAX_TEXT or CONTROL_RE.search(value):
            raise CaseInputError(
                name,
                _(
                    "error_filter_text",
                    default="give at most ${max} characters of plain text.",
                    mapping={"max": common.MAX_TEXT},
                ),
            )
        return value

    return clean


CLEANERS = {
    "q": common.clean_text,
    "medium": _exact_text("medium"),
    "medium_kind": common.choice_cleaner("medium_kind", KIND_IDS),
    "tone": common.choice_cleaner("tone", TONE_IDS),
    "topic": _exact_text("topic"),
    "date_from": common.date_cleaner("date_from"),
    "date_to": common.date_cleaner("date_to"),
}
FILTERS = tuple(CLEANERS)


def parse(form):
    """The filters of a request form; the first bad one raises ``CaseInputError``."""
    values = common.parse(form, CLEANERS, FILTERS)
    common.check_range(values, "date_from", "date_to")
    return values


def parse_lenient(form):
    """For the page: ``(filters, errors)``; a bad filter is left out and reported."""
    return common.parse_lenient_range(form, CLEANERS, FILTERS)


def _range(start, end):
    if start and end:
        return {"query": [start, end], "range": "min:max"}
    return {"query": start or end, "range": "min" if start else "max"}


def catalog_query(register, filters):
    query = {
        "portal_type": PORTAL_TYPE,
        "path": "/".join(register.getPhysicalPath()),
        "sort_on": "clipping_date",
        "sort_order": "descending",
    }
    if filters.get("q"):
        query["SearchableText"] = common.text_query(filters["q"])
    for name, index in (
        ("medium", "clipping_medium"),
        ("medium_kind", "clipping_medium_kind"),
        ("tone", "clipping_tone"),
        ("topic", "Subject"),
    ):
        if filters.get(name):
            query[index] = filters[name]
    if filters.get("date_from") or filters.get("date_to"):
        query["clipping_date"] = _range(filters.get("date_from"), filters.get("date_to"))
    return query


def search(register, filters, b_start=None, b_size=None):
    """Brains of the clippings the current user may see, the newest first."""
    query = catalog_query(register, filters)
    if b_size is not None:
        query.update(b_start=b_start or 0, b_size=b_size)
    return api.portal.get_tool("portal_catalog").searchResults(**query)


def media(register):
    """The media the archive knows (for the filter's choice), by name."""
    return sorted({b.clipping_medium for b in search(register, {}) if b.clipping_medium})


def topics(register):
    return sorted({t for b in search(register, {}) for t in (b.Subject or ())})


def term_title(vocabulary, value, request):
    if value in vocabulary.by_value:
        return translate(vocabulary.getTerm(value).title, context=request)
    return ""


def item(brain, request):
    """One clipping for a listing, from the catalog alone."""
    return {
        "@id": brain.getURL(),
        "@type": brain.portal_type,
        "title": brain.Title,
        "medium": brain.clipping_medium,
        "medium_kind": {
            "token": brain.clipping_medium_kind,
            "title": term_title(MEDIA_KINDS, brain.clipping_medium_kind, request),
        },
        "date": brain.clipping_date,
        "author": brain.clipping_author,
        "topics": list(brain.Subject or ()),
        "tone": {
            "token": brain.clipping_tone,
            "title": term_title(TONES, brain.clipping_tone, request),
        }
        if brain.clipping_tone
        else None,
        "review_state": brain.review_state,
    }


# The monthly summary

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def month(value):
    """``"2026-11"`` → ``(first day, last day)``; the current month (Warsaw's) when empty;
    anything else a ``CaseInputError`` naming ``month``."""
    if value in (None, ""):
        today = clock.today()
        value = f"{today.year:04d}-{today.month:02d}"
    found = MONTH_RE.match(value) if isinstance(value, str) else None
    if not found or not (2000 <= int(found[1]) <= 2100) or not (1 <= int(found[2]) <= 12):
        raise CaseInputError(
            "month",
            _(
                "error_month",
                default="'${value}' is not a month; give YYYY-MM, e.g. 2026-11.",
                mapping={"value": str(value)[:40]},
            ),
        )
    first = date(int(found[1]), int(found[2]), 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def summary(register, first, last):
    """Counts of the month's clippings the user may see, by medium and tone:
    ``{"media": [{"medium", "medium_kind", <tone>…, "none", "total"}], "totals": {…}}``,
    the media with the most clippings first."""
    columns = (*TONE_IDS, NO_TONE)
    rows = {}
    for brain in search(register, {"date_from": first, "date_to": last}):
        key = brain.clipping_medium or ""
        row = rows.setdefault(
            key,
            {"medium": key, "medium_kind": brain.clipping_medium_kind, **dict.fromkeys(columns, 0)},
        )
        row[brain.clipping_tone if brain.clipping_tone in TONE_IDS else NO_TONE] += 1
    for row in rows.values():
        row["total"] = sum(row[c] for c in columns)
    ordered = sorted(rows.values(), key=lambda r: (-r["total"], r["medium"].lower()))
    totals = {c: sum(r[c] for r in ordered) for c in (*columns, "total")}
    return {"media": ordered, "totals": totals}
