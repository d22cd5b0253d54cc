"""History ids of versioned content come without a shared counter (kancelaria.historyids).

Stock CMFEditions takes every history id from one persistent integer (CMFUid's
``portal_uidgenerator``), so any two versioned saves at once conflict, anywhere in the site.
"""

from Acquisition import aq_base
from concurrent.futures import ThreadPoolExecutor
from kancelaria.historyids import RandomHistoryIds
from kancelaria.historyids import use_random_history_ids
from plone import api
from Products.CMFUid.interfaces import IUniqueIdGenerator
from zope.component import getUtility

import pytest
import threading
import transaction


def history_id(obj):
    return api.portal.get_tool("portal_historyidhandler").queryUid(obj)


def versions(obj):
    return len(api.portal.get_tool("portal_repository").getHistoryMetadata(obj) or [])


@pytest.fixture
def interpellations(portal):
    def make(title):
        with api.env.adopt_roles(["Manager"]):
            return api.content.create(
                container=portal["interpelacje"],
                type="Interpellation",
                title=title,
                kind="interpellation",
                councillor="jan-nowak",
            )

    return make


def test_versioned_creation_writes_no_counter(portal, interpellations):
    counter = portal.portal_uidgenerator._uid_counter
    first, second = interpellations("Oświetlenie"), interpellations("Chodnik")

    assert isinstance(getUtility(IUniqueIdGenerator), RandomHistoryIds)
    assert history_id(first) != history_id(second)
    # Far above anything CMFUid's counter gave or will give: the two never meet.
    assert min(history_id(first), history_id(second)) >= 2**78
    assert portal.portal_uidgenerator._uid_counter == counter
    assert not portal.portal_uidgenerator._p_changed
    # Versioning works as before: the initial version, then one per edit.
    assert versions(first) == 1
    api.portal.get_tool("portal_repository").save(obj=first, comment="Poprawka")
    assert versions(first) == 2


def test_existing_site_keeps_its_ids_and_histories(portal, interpellations):
    """A site installed before: CMFUid's counter gave its ids; switching keeps them."""
    site_manager = portal.getSiteManager()
    site_manager.registerUtility(aq_base(portal.portal_uidgenerator), IUniqueIdGenerator)
    old = interpellations("Sprzed zmiany")
    old_id, counter = history_id(old), portal.portal_uidgenerator._uid_counter
    assert old_id <= counter  # given by the counter (the register took one too)

    assert use_random_history_ids(portal) is True
    assert use_random_history_ids(portal) is False  # idempotent

    assert isinstance(getUtility(IUniqueIdGenerator), RandomHistoryIds)
    assert history_id(old) == old_id
    api.portal.get_tool("portal_repository").save(obj=old, comment="Po zmianie")
    assert history_id(old) == old_id
    assert versions(old) == 2
    new = interpellations("Po zmianie")
    assert history_id(new) >= 2**78
    assert versions(new) == 1
    assert portal.portal_uidgenerator._uid_counter == counter


def test_two_versioned_saves_at_once_both_commit(functional, fcase, own_connection):
    """Two people save a version of two cases at the same moment: neither conflicts."""
    paths = [fcase(title).getPhysicalPath() for title in ("Pismo A", "Pismo B")]
    parent = functional["portal"]["kancelaria"]["korespondencja"]
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("portal_historyidhandler").register(parent)  # as on a used site
    transaction.commit()
    saved, committed = threading.Barrier(2), threading.Event()

    def save(n):
        with own_connection() as portal:
            case = portal.unrestrictedTraverse(paths[n])
            portal.portal_repository.save(obj=case, comment=f"Wersja {n}")
            saved.wait(timeout=30)  # both saved, neither committed
            if n == 1:
                committed.wait(timeout=30)
            transaction.commit()
            if n == 0:
                committed.set()
            return history_id(case)

    with ThreadPoolExecutor(2) as pool:
        ids = list(pool.map(save, range(2)))

    assert len(set(ids)) == 2
    transaction.begin()
    cases = [functional["portal"].unrestrictedTraverse(path) for path in paths]
    assert [versions(case) for case in cases] == [1, 1]
    assert [history_id(case) for case in cases] == ids
