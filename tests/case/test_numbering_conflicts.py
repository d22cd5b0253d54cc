"""Two registrations at the same moment never share a number, however late one takes it.

A transaction sees the database as it was when it began (ZODB's MVCC), so a registration
that takes its number after another one committed still reads the old counter: its commit
conflicts, and the retry (Zope's, here the test's) gets the next number.
"""

from concurrent.futures import ThreadPoolExecutor
from kancelaria.case.numbering import parse_signature
from plone import api
from ZODB.POSException import ConflictError

import threading
import transaction

REGISTER = ("kancelaria", "korespondencja")


def register(portal, title):
    container = portal.unrestrictedTraverse("/".join(REGISTER))
    return api.content.create(container=container, type="KancelariaTestCase", title=title)


def test_number_taken_after_the_other_commit_conflicts_then_follows(fportal, own_connection):
    begun, committed = threading.Barrier(2), threading.Event()

    def first_to_commit():
        with own_connection() as portal:
            begun.wait(timeout=30)
            signature = register(portal, "Pismo pierwsze").signature
            transaction.commit()
            committed.set()
            return [signature]

    def late_taker():
        attempts = []
        with own_connection() as portal:
            begun.wait(timeout=30)  # began before the other one committed…
            committed.wait(timeout=30)  # …and takes its number only after
            attempts.append(register(portal, "Pismo drugie").signature)
            try:
                transaction.commit()
            except ConflictError:
                transaction.abort()
            else:
                return attempts
        with own_connection() as portal:  # the retry: a new transaction
            attempts.append(register(portal, "Pismo drugie").signature)
            transaction.commit()
        return attempts

    with ThreadPoolExecutor(2) as pool:
        first, late = pool.submit(first_to_commit), pool.submit(late_taker)
        first, late = first.result(), late.result()

    assert [parse_signature(s)[2] for s in first] == [1]
    # It read the counter as its transaction began: number 1 again, refused at commit.
    assert [parse_signature(s)[2] for s in late] == [1, 2]
    transaction.begin()
    stored = sorted(
        c.signature for c in fportal.unrestrictedTraverse("/".join(REGISTER)).objectValues()
    )
    assert stored == sorted([first[0], late[-1]])
