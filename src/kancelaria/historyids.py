"""History ids of versioned content, given without a shared counter.

CMFEditions gives every object it versions a history id from the site's
``IUniqueIdGenerator`` utility. Stock Plone registers ``portal_uidgenerator``
(Products.CMFUid): one persistent integer that every versioned creation in the whole site
increments, so any two of them at once conflict, whatever their type, folder or JRWA class,
and one is retried or fails. Kancelaria registers ``RandomHistoryIds`` in its place: each id
is the 122 random bits of a UUID4, like Plone's own UIDs, and nothing is written to give it.

Ids already given stay on their objects and their histories. A UUID4 has its version bits
set, so every new id is at least 2**78 and never meets the counter's 1, 2, 3…; the counter in
``portal_uidgenerator`` is left where it stopped, so a site that registers the tool again
(uninstalling does) continues it without a clash. The signature counters
(``kancelaria.case.numbering``) are another matter: they must conflict.
"""

from Products.CMFUid.interfaces import IUniqueIdGenerator
from zope.interface import implementer

import uuid


@implementer(IUniqueIdGenerator)
class RandomHistoryIds:
    """``IUniqueIdGenerator`` giving a random integer, reading and writing nothing."""

    def __call__(self):
        return uuid.uuid4().int

    def convert(self, uid):
        return int(uid)


#: The utility the profile registers (componentregistry.xml).
random_history_ids = RandomHistoryIds()


def use_random_history_ids(portal):
    """Register ``random_history_ids`` in the site, as the profile does; idempotent.

    For sites installed before it (the upgrade step calls it). Returns True when it
    changed the site."""
    site_manager = portal.getSiteManager()
    if isinstance(site_manager.queryUtility(IUniqueIdGenerator), RandomHistoryIds):
        return False
    site_manager.registerUtility(random_history_ids, IUniqueIdGenerator)
    return True
