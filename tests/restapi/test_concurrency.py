"""Signatures under concurrent writers: 8 clients register cases at once on a real server."""

from concurrent.futures import ThreadPoolExecutor
from kancelaria import clock
from kancelaria.case.numbering import parse_signature

import threading
import transaction

WRITERS = 8
PER_WRITER = 5


def test_concurrent_registration_numbers_are_1_to_n(client, fportal):
    url = fportal["kancelaria"]["korespondencja"].absolute_url()
    start = threading.Barrier(WRITERS)

    def writer(n):
        session = client("clerk")
        start.wait(timeout=30)
        made = []
        for i in range(PER_WRITER):
            for _attempt in range(10):  # Zope retries conflicts; a client retries what is left
                response = session.post(
                    url, {"@type": "KancelariaTestCase", "title": f"Pismo {n}-{i}"}
                )
                if response.status_code == 201:
                    made.append(response.json()["signature"])
                    break
                assert response.status_code in (409, 500, 503), response.text
            else:
                raise AssertionError("a writer could not register after 10 attempts")
        return made

    with ThreadPoolExecutor(WRITERS) as pool:
        signatures = [s for made in pool.map(writer, range(WRITERS)) for s in made]

    total = WRITERS * PER_WRITER
    numbers = sorted(parse_signature(s)[2] for s in signatures)
    assert numbers == list(range(1, total + 1))
    assert len(set(signatures)) == total
    assert {parse_signature(s)[3] for s in signatures} == {clock.today().year}

    # What the register holds agrees with what the clients were told.
    transaction.begin()
    stored = sorted(obj.signature for obj in fportal["kancelaria"]["korespondencja"].objectValues())
    assert stored == sorted(signatures)
