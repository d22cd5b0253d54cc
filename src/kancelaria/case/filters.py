"""What every register listing filters by, read one way by the pages, the export and REST.

- ``q``: words to look for in the register (the site's Polish text index, as Plone's
  search page queries it: every word must match, each also as the start of a word);
- ``department``: a department's symbol. Staff only: the office and the mayor choose any
  department, a department's people their own; visitors are refused;
- ``sort_on`` (``signature``, ``received_date``, ``deadline``, ``review_state``) and
  ``sort_order`` (``ascending`` | ``descending``; by default the newest signature or
  receipt first, the earliest deadline first, states by name). Catalog sorts only: a row
  never loads its object. An item without the sorted value (no signature) is not listed.

A bad value raises ``CaseInputError`` naming the parameter: REST answers 400, a page leaves
the filter out and says so (``parse_lenient``).
"""

from datetime import date
from kancelaria import _
from kancelaria import settings
from kancelaria.case import listing
from kancelaria.case.errors import CaseInputError
from kancelaria.case.limits import CONTROL_RE
from plone import api
from plone.base.utils import munge_search_term
from Products.ZCTextIndex.ParseTree import ParseError
from Products.ZCTextIndex.ParseTree import QueryError
from Products.ZCTextIndex.QueryParser import QueryParser

#: The longest text search, in characters.
MAX_TEXT = 200

#: sort_on → catalog indexes (the later ones break ties).
SORTS = {
    "signature": ("case_year", "jrwa", "case_number"),
    "received_date": ("received_date", "case_number"),
    "deadline": ("deadline", "case_number"),
    "review_state": ("review_state", "received_date"),
}
#: The order of a column when none is asked for.
DEFAULT_ORDER = {
    "signature": "descending",
    "received_date": "descending",
    "deadline": "ascending",
    "review_state": "ascending",
}
ORDERS = ("ascending", "descending")


def _text_query(text):
    """``text`` as a query of the SearchableText index (Plone's search page munging)."""
    return munge_search_term(text)


def text_cleaner(name):
    """A cleaner of words to look for in a text index, refusing under ``name``."""
    return lambda value: clean_text(value, name)


#: The same, for any text index of the Polish lexicon (a register's own text filter).
text_query = _text_query


def clean_text(value, name="q"):
    if len(value) > MAX_TEXT or CONTROL_RE.search(value):
        raise CaseInputError(
            name,
            _(
                "error_filter_text",
                default="give at most ${max} characters of plain text.",
                mapping={"max": MAX_TEXT},
            ),
        )
    catalog = api.portal.get_tool("portal_catalog")
    lexicon = catalog._catalog.getIndex("SearchableText").getLexicon()
    try:
        QueryParser(lexicon).parseQuery(_text_query(value))
    except (ParseError, QueryError) as error:
        raise CaseInputError(
            name,
            _(
                "error_filter_text_words",
                default="'${value}' has no word to look for.",
                mapping={"value": value},
            ),
        ) from error
    return value


def allowed_departments():
    """The departments the current user may filter by: all (the office, the mayor,
    administrators), their own (a department's people) or none (visitors)."""
    own = listing.own_departments()
    known = list(settings.departments())
    return known if own is None else [symbol for symbol in known if symbol in own]


def clean_department(value):
    if value not in settings.departments():
        raise CaseInputError(
            "department",
            _(
                "error_unknown_department",
                default="'${symbol}' is not a department of the settings.",
                mapping={"symbol": value},
            ),
        )
    if value not in allowed_departments():
        raise CaseInputError(
            "department",
            _(
                "error_filter_department",
                default="only the office and the department itself filter by '${symbol}'.",
                mapping={"symbol": value},
            ),
        )
    return value


def _clean_choice(name, value, choices):
    if value not in choices:
        raise CaseInputError(
            name,
            _(
                "error_filter_choice",
                default="'${value}' is not one of ${choices}.",
                mapping={"value": value, "choices": ", ".join(choices)},
            ),
        )
    return value


def clean_sort_on(value, sorts=SORTS):
    return _clean_choice("sort_on", value, tuple(sorts))


def choice_cleaner(name, choices):
    """A cleaner accepting one of ``choices`` (a sequence or a mapping's keys)."""
    return lambda value: _clean_choice(name, value, tuple(choices))


def date_cleaner(name):
    """A cleaner of an ISO date (``YYYY-MM-DD``), refusing under ``name``."""

    def clean_date(value):
        try:
            if len(value) != 10:
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError as error:
            raise CaseInputError(
                name,
                _(
                    "error_filter_date",
                    default="'${value}' is not a date; give YYYY-MM-DD, e.g. 2026-11-27.",
                    mapping={"value": value[:40]},
                ),
            ) from error

    return clean_date


def check_range(values, start, end):
    """A range whose ``start`` comes after its ``end`` is refused naming ``start``."""
    if values.get(start) and values.get(end) and values[start] > values[end]:
        raise CaseInputError(
            start,
            _(
                "error_filter_range",
                default="${start} comes after ${end}.",
                mapping={"start": values[start].isoformat(), "end": values[end].isoformat()},
            ),
        )


def clean_sort_order(value):
    return _clean_choice("sort_order", value, ORDERS)


CLEANERS = {
    "q": clean_text,
    "department": clean_department,
    "sort_on": clean_sort_on,
    "sort_order": clean_sort_order,
}
#: What narrows a listing (the others only order it).
NARROWING = ("q", "department")


def clean(name, value, cleaners):
    """One parameter: ``None`` when not given, the clean value, or ``CaseInputError``."""
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    if value is None or str(value).strip() == "":
        return None
    return cleaners[name](str(value).strip())


def parse(form, cleaners, names=None):
    """The parameters of a request form; the first bad one raises ``CaseInputError``."""
    return {name: clean(name, form.get(name), cleaners) for name in names or cleaners}


def parse_lenient(form, cleaners, names=None):
    """For pages: ``(values, errors)``; a bad parameter is left out and reported."""
    values, errors = {}, []
    for name in names or cleaners:
        try:
            values[name] = clean(name, form.get(name), cleaners)
        except CaseInputError as error:
            values[name] = None
            errors.append(error)
    return values, errors


def parse_lenient_range(form, cleaners, names=None, start="date_from", end="date_to"):
    """``parse_lenient`` of a page with a date range: a range whose ``start`` comes after
    its ``end`` leaves ``start`` out and says so."""
    values, errors = parse_lenient(form, cleaners, names)
    try:
        check_range(values, start, end)
    except CaseInputError as error:
        values[start] = None
        errors.append(error)
    return values, errors


def sort_order(values):
    """The order ``values`` ask for, or the default of their ``sort_on``."""
    if not values.get("sort_on"):
        return None
    return values.get("sort_order") or DEFAULT_ORDER[values["sort_on"]]


def catalog_criteria(values, sorts=SORTS):
    """The catalog query's part for ``q``, ``department`` and the sort (``sorts``: a
    register's own ``sort_on`` → indexes, by default ``SORTS``)."""
    query = {}
    if values.get("q"):
        query["SearchableText"] = _text_query(values["q"])
    if values.get("department"):
        query["departments"] = values["department"]
    if values.get("sort_on"):
        keys = sorts[values["sort_on"]]
        query["sort_on"] = list(keys)
        query["sort_order"] = [sort_order(values)] * len(keys)
    return query
