"""Concurrent writers on a real server: every registration answered 201, numbers 1..N.

The writers do not retry: a conflict Zope does not resolve reaches them as a 500, and a
500 fails the test. The server retries conflicts as the product's ``etc/zope.conf`` says
(``max-conflict-retries``; the functional layer uses the same number).
"""

from concurrent.futures import ThreadPoolExecutor
from kancelaria import clock
from kancelaria.case.numbering import parse_signature
from kancelaria.testing import ZOPE_CONF_IN
from plone import api
from ZODB.POSException import ConflictError
from zope.component.hooks import getSite
from zope.component.hooks import setSite
from zope.event import notify
from ZPublisher.HTTPRequest import HTTPRequest
from ZPublisher.pubevents import PubFailure

import pytest
import re
import sys
import threading
import transaction

WRITERS = 8
PER_WRITER = 5


#: Seconds a writer waits for an answer. A registration that keeps losing waits in Zope
#: between its tries (up to 2**n s before try n + 2): under this burst one took over 60 s.
PATIENCE = 300


def register_at_once(client, url, body):
    """WRITERS clients POST PER_WRITER bodies each, all starting together."""
    start = threading.Barrier(WRITERS)

    def writer(n):
        session = client("clerk").session
        start.wait(timeout=30)
        return [
            session.post(url, json={**body, "title": f"{body['title']} {n}-{i}"}, timeout=PATIENCE)
            for i in range(PER_WRITER)
        ]

    with ThreadPoolExecutor(WRITERS) as pool:
        return [r for responses in pool.map(writer, range(WRITERS)) for r in responses]


@pytest.mark.parametrize(
    "register, body",
    [
        # Versioned (CMFEditions gives each a history id): the interpellations' register.
        (
            "interpelacje",
            {
                "@type": "Interpellation",
                "title": "Oświetlenie ulicy",
                "kind": "interpellation",
                "councillor": "jan-nowak",
                "text": {"data": "<p>Kiedy?</p>", "content-type": "text/html"},
            },
        ),
        # Unversioned: the test case type in the correspondence register.
        ("kancelaria/korespondencja", {"@type": "KancelariaTestCase", "title": "Pismo"}),
    ],
    ids=["Interpellation", "KancelariaTestCase"],
)
def test_concurrent_registrations_all_succeed_numbered_1_to_n(client, fportal, register, body):
    folder = fportal.unrestrictedTraverse(register)
    responses = register_at_once(client, folder.absolute_url(), body)

    failed = [f"{r.status_code} {r.text[:200]}" for r in responses if r.status_code != 201]
    assert failed == []
    signatures = [r.json()["signature"] for r in responses]
    total = WRITERS * PER_WRITER
    numbers = sorted(parse_signature(s)[2] for s in signatures)
    assert numbers == list(range(1, total + 1))
    assert {parse_signature(s)[3] for s in signatures} == {clock.today().year}

    # What the register holds and the catalog finds agrees with what the clients were told.
    transaction.begin()
    stored = sorted(obj.signature for obj in folder.objectValues())
    assert stored == sorted(signatures)
    found = api.content.find(context=folder, portal_type=body["@type"])
    assert sorted(b.signature for b in found) == sorted(signatures)


def test_the_test_server_retries_as_the_product_server(functional):
    """etc/zope.conf.in says how often Zope retries a conflict; the test server obeys it."""
    configured = re.search(r"(?m)^max-conflict-retries (\d+)$", ZOPE_CONF_IN.read_text())
    assert configured, "etc/zope.conf.in sets no max-conflict-retries (Zope's default: 3)"
    assert HTTPRequest.retry_max_count == int(configured.group(1)) > 3


@pytest.mark.parametrize("retry", [True, False])
def test_a_retried_attempt_leaves_no_site_behind(portal, retry):
    """Zope ends a lost attempt after it closed the attempt's connection: the site of that
    attempt (its registry lives on the connection) must not serve any lookup after it.
    A failure that is not retried keeps its site for the error page."""
    setSite(portal)
    try:
        try:
            raise ConflictError("lost")
        except ConflictError:
            notify(PubFailure(portal.REQUEST, sys.exc_info(), retry))
        assert getSite() is (None if retry else portal)
    finally:
        setSite(portal)
