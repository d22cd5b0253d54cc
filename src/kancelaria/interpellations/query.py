"""Request filters → one catalog query over the interpellations of a register.

The register page, the statistics (``@stats``) and the export all call ``search()``,
so they always agree. The catalog applies the user's security: anonymous visitors never
get an item in ``registered``, whatever they ask for.

Filters: ``year`` (the year of the signature, i.e. the year the case began),
``councillor`` (an id of the settings), ``kind`` (``KINDS``), ``state`` (a state of
``kancelaria_interpellation_workflow``), and those of every register (``case.filters``):
``q`` (text), ``department`` (staff only); the order: ``sort_on``, ``sort_order``
(default: the newest receipt first). Unknown values raise ``CaseInputError`` naming the
field.
"""

from kancelaria import _
from kancelaria import settings
from kancelaria.case import filters as common
from kancelaria.case import labels
from kancelaria.case import window
from kancelaria.case.errors import CaseInputError
from kancelaria.content.interpellation import KINDS
from plone import api
from zope.i18n import translate

PORTAL_TYPE = "Interpellation"
WORKFLOW = "kancelaria_interpellation_workflow"
#: The states of the contract, in the order of the workflow.
STATES = ("registered", "forwarded", "answer_review", "answered", "withdrawn")
#: What narrows the register (the page, the export and ``@stats`` alike).
FILTERS = ("year", "councillor", "kind", "state", *common.NARROWING)
#: Everything the page and the export read: the filters and the order.
PARAMETERS = (*FILTERS, "sort_on", "sort_order")
DEFAULT_SORT = {"sort_on": ["received_date", "case_number"], "sort_order": "descending"}


def _clean_year(value):
    text = str(value).strip()
    if not (text.isdigit() and len(text) == 4):
        raise CaseInputError(
            "year",
            _(
                "error_filter_year",
                default="'${value}' is not a year; give four digits, e.g. 2026.",
                mapping={"value": text},
            ),
        )
    return int(text)


def _clean_councillor(value):
    if value not in settings.councillors():
        raise CaseInputError(
            "councillor",
            _(
                "error_filter_councillor",
                default="'${value}' is not a councillor of the settings.",
                mapping={"value": value},
            ),
        )
    return value


def _clean_kind(value):
    if value not in KINDS.by_value:
        raise CaseInputError(
            "kind",
            _(
                "error_filter_kind",
                default="'${value}' is not a kind; use one of ${kinds}.",
                mapping={"value": value, "kinds": ", ".join(KINDS.by_value)},
            ),
        )
    return value


def _clean_state(value):
    if value not in STATES:
        raise CaseInputError(
            "state",
            _(
                "error_filter_state",
                default="'${value}' is not a state; use one of ${states}.",
                mapping={"value": value, "states": ", ".join(STATES)},
            ),
        )
    return value


CLEANERS = {
    "year": _clean_year,
    "councillor": _clean_councillor,
    "kind": _clean_kind,
    "state": _clean_state,
    **common.CLEANERS,
}


def parse(form, names=PARAMETERS):
    """The parameters of a request form; the first bad one raises ``CaseInputError``."""
    return common.parse(form, CLEANERS, names)


def parse_lenient(form, names=PARAMETERS):
    """For pages: ``(filters, errors)``; a bad filter is left out and reported."""
    return common.parse_lenient(form, CLEANERS, names)


def catalog_query(context, filters):
    query = {
        "portal_type": PORTAL_TYPE,
        "path": "/".join(context.getPhysicalPath()),
        **DEFAULT_SORT,
        **common.catalog_criteria(filters),
    }
    indexes = {
        "year": "case_year",
        "councillor": "councillor",
        "kind": "kind",
        "state": "review_state",
    }
    for name, index in indexes.items():
        if filters.get(name) is not None:
            query[index] = filters[name]
    return query


def search(context, filters, sort=True, b_start=None, b_size=None):
    """Catalog brains of the interpellations the current user may see, in the order the
    filters ask (default: newest first; ``sort=False``: in no order, for counting — the
    sort is the query's main cost); ``b_start``/``b_size``: one page (``actual_result_count``
    is then the count of all), by a date sort taken from the recent (or, ascending, the
    earliest) dates when they fill it (``case.window``)."""
    catalog = api.portal.get_tool("portal_catalog")
    query = catalog_query(context, filters)
    if not sort:
        del query["sort_on"], query["sort_order"]
    return window.search(catalog, query, b_start, b_size)


def years(context):
    """The years (newest first) that have an interpellation the user may see here."""
    catalog = api.portal.get_tool("portal_catalog")
    years = sorted((y for y in catalog.uniqueValuesFor("case_year") if y is not None), reverse=True)
    return [year for year in years if len(search(context, {"year": year}, sort=False))]


# Labels: translated titles for the page and the export.


def kind_title(kind, request):
    term = KINDS.by_value.get(kind)
    return translate(term.title, context=request) if term else (kind or "")


def state_title(state, request):
    return labels.state_title(state, PORTAL_TYPE, request)


def councillor_name(councillor_id):
    row = settings.councillors().get(councillor_id)
    return row["fullname"] if row else (councillor_id or "")
