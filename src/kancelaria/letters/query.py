"""Request filters → one catalog query over the register of correspondence.

The register page, its export and ``@letters`` all call ``search()``, so they always agree.
The catalog applies the user's security: a department finds only the letters routed to it
and the replies to them.

Filters: ``direction`` (``incoming`` | ``outgoing``), ``kind`` (a kind of incoming letter of
the settings or a kind of outgoing letter), ``state`` (a state of either workflow),
``party`` (words in the sender's or the recipients' names and organisations),
``date_from`` / ``date_to`` (ISO dates, inclusive, of the letter's date in the register:
received for an incoming letter; sent for an outgoing one, until then the day it was
written), and those of every register (``case.filters``): ``q`` (subject, summary, text,
the text of attached PDFs), ``department`` (staff). The order: ``sort_on`` (``received_date``
sorts by the letter's date in the register), ``sort_order``; by default the newest first.
"""

from kancelaria import _
from kancelaria import settings
from kancelaria.case import filters as common
from kancelaria.case import labels
from kancelaria.case import window
from kancelaria.case.behaviors import ICase
from plone import api
from zope.i18n import translate

#: direction → portal type.
DIRECTIONS = {"incoming": "IncomingLetter", "outgoing": "OutgoingLetter"}
TYPES = tuple(DIRECTIONS.values())
DIRECTION_OF = {portal_type: name for name, portal_type in DIRECTIONS.items()}
DIRECTION_TITLES = {"incoming": _("Incoming"), "outgoing": _("Outgoing")}
#: The states of the contract, in the order of the workflows.
STATES = {
    "IncomingLetter": ("registered", "assigned", "closed"),
    "OutgoingLetter": ("draft", "pending_signature", "signed", "sent"),
}
ALL_STATES = tuple(s for states in STATES.values() for s in states)
#: The letter's date in the register orders the date column (``received_date``).
SORTS = {**common.SORTS, "received_date": ("register_date", "case_number")}
DEFAULT_SORT = {"sort_on": ["register_date", "case_number"], "sort_order": "descending"}
#: What narrows the register (the page, the export and ``@letters`` alike).
FILTERS = ("direction", "kind", "state", "party", "date_from", "date_to", *common.NARROWING)
#: Everything the page and the export read: the filters and the order.
PARAMETERS = (*FILTERS, "sort_on", "sort_order")


def kinds():
    """Every kind a letter may have: ``{id: direction}`` (a kind both directions know,
    such as ``invitation``, is listed under the incoming letters)."""
    found = {kind: "outgoing" for kind in settings.LETTER_KINDS}
    found.update({kind: "incoming" for kind in settings.letter_kinds()})
    return found


def _clean_kind(value):
    return common.choice_cleaner("kind", kinds())(value)


CLEANERS = {
    "direction": common.choice_cleaner("direction", DIRECTIONS),
    "kind": _clean_kind,
    "state": common.choice_cleaner("state", ALL_STATES),
    "party": common.text_cleaner("party"),
    "date_from": common.date_cleaner("date_from"),
    "date_to": common.date_cleaner("date_to"),
    **common.CLEANERS,
    "sort_on": common.choice_cleaner("sort_on", SORTS),
}


def parse(form, names=PARAMETERS):
    """The parameters of a request form; the first bad one raises ``CaseInputError``."""
    values = common.parse(form, CLEANERS, names)
    common.check_range(values, "date_from", "date_to")
    return values


def parse_lenient(form, names=PARAMETERS):
    """For pages: ``(filters, errors)``; a bad filter is left out and reported."""
    return common.parse_lenient_range(form, CLEANERS, names)


def catalog_query(context, filters):
    direction = filters.get("direction")
    query = {
        # Every case in the register (only letters may be added there; a site's tests add
        # cases of a test type), or the letters of one direction.
        **(
            {"portal_type": DIRECTIONS[direction]}
            if direction
            else {"object_provides": ICase.__identifier__}
        ),
        "path": "/".join(context.getPhysicalPath()),
        **DEFAULT_SORT,
        **common.catalog_criteria(filters, SORTS),
    }
    if filters.get("kind"):
        query["kind"] = filters["kind"]
    if filters.get("state"):
        query["review_state"] = filters["state"]
    if filters.get("party"):
        query["letter_party"] = common.text_query(filters["party"])
    start, end = filters.get("date_from"), filters.get("date_to")
    if start and end:
        query["register_date"] = {"query": [start, end], "range": "min:max"}
    elif start or end:
        query["register_date"] = {"query": start or end, "range": "min" if start else "max"}
    return query


def search(context, filters, sort=True, b_start=None, b_size=None):
    """Catalog brains of the letters the current user may see, in the order the filters ask
    (default: the newest first); ``b_start``/``b_size``: one page (``actual_result_count``
    is then the count of all), by a date sort taken from the recent dates when they fill it
    (``case.window``)."""
    catalog = api.portal.get_tool("portal_catalog")
    query = catalog_query(context, filters)
    if not sort:
        del query["sort_on"], query["sort_order"]
    return window.search(catalog, query, b_start, b_size)


# Labels: translated titles for the page, the export and REST.


def direction(brain):
    return DIRECTION_OF.get(brain.portal_type)


def direction_title(name, request):
    return translate(DIRECTION_TITLES[name], context=request) if name else ""


def kind_title(kind, portal_type, request):
    if not isinstance(kind, str) or not kind:
        return ""
    if portal_type == "IncomingLetter":
        row = settings.letter_kinds().get(kind)
        return row["title"] if row else kind
    title = settings.LETTER_KINDS.get(kind)
    return translate(title, context=request) if title else kind


def state_title(state, portal_type, request):
    return labels.state_title(state, portal_type, request)


def incoming_number(brain):
    value = brain.incoming_number
    return value if isinstance(value, str) and value else None


def party(brain):
    value = brain.letter_party
    return value if isinstance(value, str) else ""
