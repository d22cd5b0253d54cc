"""Signatures on RelStorage/PostgreSQL: 8 threads, 8 ZODB connections, one counter.

The same proof as ``tests/restapi/test_concurrency.py``, on the storage production runs on.

The ``integration`` fixture only loads the ZCML and the component registry; the site itself
is built in a database of its own (``relstorage_db``, see conftest.py), as plone.app.testing
builds its fixture: an ``OFS.Application.Application`` at the root, a Manager in its user
folder, ``addPloneSite`` with our profiles, the correspondence register opened to the test
case type, one commit.

Every piece of work runs in a thread of its own (``in_thread``, the writers) and opens its own
connection with its own transaction manager: ``tm`` (``transaction.manager``) is one
``TransactionManager`` per thread. It must be that one: Plone joins its catalog queue,
savepoints and after-commit hooks to ``transaction.get()``, which a connection on some other
manager would not see. The threads keep our commits away from the integration layer's
transaction in the main thread; ``tm.commit()`` because the layer forbids ``transaction.commit``.

A writer retries a conflict exactly as the product's Zope does: at most
``max-conflict-retries`` times (etc/zope.conf.in, ``kancelaria.testing.conflict_retries``),
each after Zope's own random pause (``HTTPRequest.delay_retry``). A case still conflicting
after that is what a client would get as a 500, and fails the test.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from kancelaria import clock
from kancelaria.case.numbering import last_number
from kancelaria.case.numbering import parse_signature
from kancelaria.testing import conflict_retries
from OFS.Application import Application
from plone import api
from Products.CMFPlone.factory import addPloneSite
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from Testing.makerequest import makerequest
from types import SimpleNamespace
from ZODB.POSException import ConflictError
from zope.component.hooks import setSite
from zope.globalrequest import clearRequest
from zope.globalrequest import setRequest
from ZPublisher.HTTPRequest import HTTPRequest

import pytest
import threading
import time
import transaction

pytestmark = pytest.mark.relstorage

WRITERS = 8
PER_WRITER = 5
OWNER = "admin"
PROFILES = ["plone.app.contenttypes:default", "kancelaria:default", "kancelaria:testing"]
tm = transaction.manager


def in_thread(function, *args):
    """Run ``function(*args)`` in a new thread; return its result or raise its error."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(function, *args).result()


@contextmanager
def zope(db):
    """This thread's own connection: the app with a request, the owner logged in."""
    connection = db.open(transaction_manager=tm)
    root = connection.root()
    if "Application" not in root:
        root["Application"] = Application()
        root["Application"].acl_users.userFolderAddUser(OWNER, "secret", ["Manager"], [])
    app = makerequest(root["Application"])
    setRequest(app.REQUEST)
    newSecurityManager(None, app.acl_users.getUser(OWNER).__of__(app.acl_users))
    try:
        yield app
    finally:
        setSite(None)  # first: aborting the site's creation would break its registry
        tm.abort()
        connection.close()
        noSecurityManager()
        clearRequest()


def build_site(db):
    with zope(db) as app:
        addPloneSite(app, "plone", extension_ids=PROFILES)
        portal = app["plone"]
        setSite(portal)
        letters = ISelectableConstrainTypes(portal["kancelaria"]["korespondencja"])
        with api.env.adopt_roles(["Manager"]):
            letters.setConstrainTypesMode(1)
            letters.setLocallyAllowedTypes(["KancelariaTestCase"])
            letters.setImmediatelyAddableTypes(["KancelariaTestCase"])
        tm.commit()


def read_register(db):
    with zope(db) as app:
        portal = app["plone"]
        setSite(portal)
        year = clock.today().year
        return {
            "year": year,
            "signatures": [
                case.signature for case in portal["kancelaria"]["korespondencja"].objectValues()
            ],
            "counter": last_number("KPM", "0002", year, portal=portal),
            "indexed": len(api.content.find(portal_type="KancelariaTestCase")),
        }


def zope_pause(retry):
    """Zope's pause before retry number ``retry + 1`` of a request that conflicted."""
    HTTPRequest.delay_retry(SimpleNamespace(retry_count=retry))


def test_concurrent_registration_numbers_are_1_to_n(integration, relstorage_db):
    retries = conflict_retries()
    started = time.monotonic()
    in_thread(build_site, relstorage_db)
    built = time.monotonic()
    start = threading.Barrier(WRITERS)

    def writer(n):
        """Register PER_WRITER cases, one transaction each, retried as Zope retries.

        Returns each case's conflicts, and the cases that still conflicted after the last
        retry (a 500 for a client)."""
        conflicts, failed = [], []
        with zope(relstorage_db) as app:
            setSite(app["plone"])
            letters = app["plone"]["kancelaria"]["korespondencja"]
            start.wait(timeout=30)
            for i in range(PER_WRITER):
                lost = 0
                while True:
                    try:
                        api.content.create(
                            container=letters, type="KancelariaTestCase", title=f"Pismo {n}-{i}"
                        )
                        tm.commit()
                        break
                    except ConflictError:
                        tm.abort()
                        lost += 1
                        if lost > retries:
                            failed.append(f"writer {n}, case {i}")
                            break
                        zope_pause(lost - 1)
                        app._p_jar.sync()
                conflicts.append(lost)
        return conflicts, failed

    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(writer, range(WRITERS)))
    written = time.monotonic()
    conflicts = [c for per_case, _failed in results for c in per_case]
    failed = [f for _per_case, per_writer in results for f in per_writer]

    register = in_thread(read_register, relstorage_db)
    total = WRITERS * PER_WRITER
    print(
        f"\nRelStorage/PostgreSQL: site built in {built - started:.1f}s; {WRITERS} writers "
        f"registered {total} cases in {written - built:.1f}s, retrying {sum(conflicts)} "
        f"conflicts (at most {max(conflicts)} for one case, {retries} allowed)"
    )
    assert failed == []
    assert sorted(register["signatures"], key=parse_signature) == [
        f"KPM.0002.{number}.{register['year']}" for number in range(1, total + 1)
    ]
    assert register["counter"] == total
    assert register["indexed"] == total
    assert sum(conflicts) > 0, "the writers never collided: the test proved nothing"
