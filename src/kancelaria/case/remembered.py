"""Catalog answers remembered until the catalog changes.

Every catalog query of a user pays for sets as large as the catalog: the user's security
index entries (``allowedRolesAndUsers``), the effective-date range, the types. With 100,000
items that is most of the time of ``@desk`` and ``@deadlines``, though what they list (the
open work of the office) does not grow with the years. So the answer of such a query is
kept in the site's RAM cache (plone.memoize's ``IRAMCache``, sized in the caching control
panel) under what decides it:

- the catalog as last committed: the serial of its change counter (every index or unindex
  changes it). A transaction that has changed the catalog itself (the counter changed, or
  a savepoint holds changes) neither reads nor writes the cache;
- what the user may see: the catalog's own list of the user's roles, groups and id, the
  same list ``searchResults`` filters by;
- the next moment an item's publication or expiry date passes (``effectiveRange``): what
  a visitor sees changes then without a change of the catalog, and not before (all the
  remembered answers expiring together every minute made every thread recount at once);
- the query itself (its dates: today's deadlines).

What is kept is the count and the record ids in order (at most ``MOST``); the brains are
made from them on each read (their URLs follow the request's host). Reading the ids reads
each row once: a caller that needs only the number asks ``count``, which reads none.
"""

from DateTime import DateTime
from plone import api
from plone.memoize import ram
from plone.memoize.volatile import DontCache
from ZTUtils.Lazy import LazyMap

import time


def _next_date_passing(catalog):
    """``(the first publication date still to come, the first expiry date not yet past)``,
    in the minutes of the ``effectiveRange`` index, by which the catalog hides what is not
    yet or no longer published from people who may not see such items."""
    index = catalog._catalog.indexes.get("effectiveRange")
    if index is None or not hasattr(index, "_since_only"):
        return int(time.time() // 60)  # no such index: the minute
    now = index._convertDateTime(DateTime())
    found = []
    for tree, first in (
        (index._since, now + 1),
        (index._since_only, now + 1),
        (index._until, now),
        (index._until_only, now),
    ):
        try:
            found.append(tree.minKey(first))
        except ValueError:  # none to come
            found.append(None)
    return tuple(found)


def catalog_state():
    """``(serial of the catalog's last committed change, the current user's security
    entries, the next publication or expiry date to pass)``; ``DontCache`` while this
    transaction has changed the catalog."""
    catalog = api.portal.get_tool("portal_catalog")
    catalog.getCounter()  # indexes what this transaction still has queued
    counter = catalog._counter
    if counter is None or counter._p_changed or counter._p_jar is None:
        raise DontCache  # the catalog has changes of this transaction
    if counter._p_jar._savepoint_storage is not None:
        raise DontCache  # a savepoint may hold them
    return (
        counter._p_serial,
        tuple(catalog._listAllowedRolesAndUsers(api.user.get_current())),
        _next_date_passing(catalog),
    )


#: The longest answer kept (record ids): the open work of an office, a page of a register.
#: An answer longer than this is not kept.
MOST = 5000


def _key(kind, query):
    return str((kind, catalog_state(), sorted((k, repr(v)) for k, v in query.items())))


def search(query):
    """``portal_catalog.searchResults(**query)``: the same brains in the same order (with
    ``b_start``/``b_size`` the same page, its ``actual_result_count`` the count of all), as
    the current user would get them, searched once per change of the catalog."""
    catalog = api.portal.get_tool("portal_catalog")
    try:
        key = _key("search", query)
    except DontCache:
        return catalog.searchResults(**query)
    cache = ram.store_in_cache(search)
    kept = cache.get(key)
    if kept is None:
        found = catalog.searchResults(**query)
        if len(found) > MOST:
            return found
        kept = (tuple(brain.getRID() for brain in found), found.actual_result_count)
        cache[key] = kept
    rids, count = kept
    return LazyMap(catalog._catalog.__getitem__, rids, actual_result_count=count)


def count(query):
    """``len(portal_catalog.searchResults(**query))`` for the current user, counted once
    per change of the catalog (however many rows)."""
    try:
        key = _key("count", query)
    except DontCache:
        return len(api.portal.get_tool("portal_catalog").searchResults(**query))
    cache = ram.store_in_cache(count)
    kept = cache.get(key)
    if kept is None:
        kept = cache[key] = len(api.portal.get_tool("portal_catalog").searchResults(**query))
    return kept
