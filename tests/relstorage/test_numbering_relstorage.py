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

A writer retries a conflict as Zope would (abort, sync, again), after a short random pause.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from kancelaria import clock
from kancelaria.case.numbering import last_number
from kancelaria.case.numbering import parse_signature
from OFS.Application import Application
from plone import api
from Products.CMFPlone.factory import addPloneSite
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from Testing.makerequest import makerequest
from ZODB.POSException import ConflictError
from zope.component.hooks import setSite
from zope.globalrequest import clearRequest
from zope.globalrequest import setRequest

import pytest
import random
import threading
import time
import transaction

pytestmark = pytest.mark.relstorage

WRITERS = 8
PER_WRITER = 5
#: Tries per case. Of 8 overlapping attempts one commits, so one case may lose 20 rounds in a
#: row (seen: up to 29 without the pause, 17-24 with it); 100 keeps the test from flaking.
TRIES = 100
PAUSE = 0.25  # at most, in seconds, after a conflict: the losers do not all restart at once
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


def test_concurrent_registration_numbers_are_1_to_n(integration, relstorage_db):
    started = time.monotonic()
    in_thread(build_site, relstorage_db)
    built = time.monotonic()
    start = threading.Barrier(WRITERS)

    def writer(n):
        """Register PER_WRITER cases, one transaction each; return each one's conflicts."""
        conflicts = []
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
                    except ConflictError as error:
                        lost += 1
                        if lost == TRIES:
                            raise AssertionError(f"writer {n}: case {i} lost {TRIES}×") from error
                        tm.abort()
                        app._p_jar.sync()
                        time.sleep(random.uniform(0, PAUSE))
                conflicts.append(lost)
        return conflicts

    with ThreadPoolExecutor(WRITERS) as pool:
        conflicts = [c for per_case in pool.map(writer, range(WRITERS)) for c in per_case]
    written = time.monotonic()

    register = in_thread(read_register, relstorage_db)
    total = WRITERS * PER_WRITER
    print(
        f"\nRelStorage/PostgreSQL: site built in {built - started:.1f}s; {WRITERS} writers "
        f"registered {total} cases in {written - built:.1f}s, retrying {sum(conflicts)} "
        f"conflicts (at most {max(conflicts)} for one case)"
    )
    assert sorted(register["signatures"], key=parse_signature) == [
        f"KPM.0002.{number}.{register['year']}" for number in range(1, total + 1)
    ]
    assert register["counter"] == total
    assert register["indexed"] == total
    assert sum(conflicts) > 0, "the writers never collided: the test proved nothing"
