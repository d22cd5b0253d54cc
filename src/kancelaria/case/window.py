"""One page of a register sorted by a date without sorting the whole register.

ZCatalog sorts a result by reading the sort key of every matching row: with two sort
indexes (a date, then ``case_number`` to break ties) it does so even when asked for a
``sort_limit``, so the newest 50 of 10,000 cases cost as much as sorting 10,000.

``page`` takes a page of a query sorted first by a ``FieldIndex`` of dates (either
way) from a window of the dates at the head of the order — the last 31, 92 or 366 days of
the index (descending: up to today or the latest date; ascending: from the earliest one) — as soon
as the window holds everything up to the page's end. Every row outside the window sorts
after every row inside it (the window holds every row of its dates, ties included), so
the page is exactly the page of the whole sort. The count is still that of everything the
whole sort lists (the rows that have the date). Otherwise ``None``: the caller sorts whole.
"""

from datetime import date
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import remembered

#: How far from the head of the order (days) the page is first looked for.
WINDOWS = (31, 92, 366)


def _first(value):
    return value[0] if isinstance(value, (list, tuple)) else value


def _dates(catalog, name):
    """The earliest and the latest date of the index ``name`` (a ``FieldIndex`` of dates),
    or ``None`` when it holds no date or is no such index."""
    index = catalog._catalog.indexes.get(name)
    keys = getattr(index, "_index", None)
    if getattr(index, "meta_type", None) != "FieldIndex" or keys is None or not len(keys):
        return None
    earliest, latest = keys.minKey(), keys.maxKey()
    return (earliest, latest) if type(earliest) is type(latest) is date else None


def page(catalog, query):
    """The page ``query`` asks for (``b_start``, ``b_size``, sorted first by a date index
    not otherwise queried), from a window at the head of the order, or ``None``."""
    sort_on = query.get("sort_on")
    if not sort_on or query.get("b_size") is None:
        return None
    name = _first(sort_on)
    dates = None if name in query else _dates(catalog, name)
    if dates is None:
        return None
    earliest, latest = dates
    descending = _first(query.get("sort_order") or "ascending") in ("descending", "reverse")
    needed = query["b_start"] + query["b_size"]
    unsorted = {
        k: v for k, v in query.items() if k not in ("sort_on", "sort_order", "b_start", "b_size")
    }
    # What the whole sort lists: the rows that have the date (the others are not sorted).
    total = remembered.count({**unsorted, name: {"query": earliest, "range": "min"}})
    if total <= needed:
        return None
    for days in WINDOWS:
        if descending:
            window = {"query": min(latest, clock.today()) - timedelta(days=days), "range": "min"}
        else:
            window = {"query": earliest + timedelta(days=days), "range": "max"}
        found = remembered.search({**query, name: window})
        if found.actual_result_count >= needed:
            found.actual_result_count = total
            return found
    return None


def search(catalog, query, b_start=None, b_size=None):
    """``query``'s brains; with ``b_size`` one page of them (``actual_result_count``: the
    count of all), from a window when ``page`` can take it so, each of a page's queries
    answered once per change of the catalog (``remembered``). Without ``b_size`` the
    catalog's own answer: whoever asks for everything (an export, the statistics, which
    remember their figures) reads every row anyway, or only counts them."""
    if b_size is None:
        return catalog.searchResults(**query)
    query = {**query, "b_start": b_start or 0, "b_size": b_size}
    found = page(catalog, query)
    return found if found is not None else remembered.search(query)
