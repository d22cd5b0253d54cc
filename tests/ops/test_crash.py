"""``kill -9`` under write load: every registration that was answered 201 survives.

REST writers register interpellations on a real runwsgi server (FileStorage on disk); the
server is killed with SIGKILL in the middle of the load and started again on the same files.
Every case the writers were told about is there with the signature they were told, the
signatures have no duplicates and no gaps, and the next registration takes the next number.
"""

from concurrent.futures import ThreadPoolExecutor
from kancelaria.case.numbering import parse_signature
from tests.ops.conftest import add_councillor
from tests.ops.conftest import admin_session
from tests.ops.conftest import interpellation

import pytest
import requests
import threading
import time

pytestmark = pytest.mark.ops

WRITERS = 3
KILL_AFTER = 24  # answered registrations before the kill
LIMIT = 100  # registrations per writer at most, whatever happens
SECONDS = 120  # and for at most this long


def test_kill_9_under_write_load_loses_no_answered_registration(instance):
    instance.start()
    site = f"{instance.base_url}/Plone"
    add_councillor(site)
    answered = []  # (status, json) of every answer, in order
    lock = threading.Lock()
    killed = threading.Event()

    def writer(n):
        session = admin_session()
        stop = time.monotonic() + SECONDS
        for i in range(LIMIT):
            if killed.is_set() or time.monotonic() > stop:
                return
            try:
                response = session.post(
                    f"{site}/interpelacje", json=interpellation(f"Sprawa {n}-{i}"), timeout=60
                )
            except requests.ConnectionError:
                return  # the server is gone: this request may or may not have committed
            json = response.headers.get("Content-Type", "").startswith("application/json")
            with lock:
                answered.append((response.status_code, response.json() if json else response.text))

    with ThreadPoolExecutor(WRITERS) as pool:
        writers = [pool.submit(writer, n) for n in range(WRITERS)]
        while len(answered) < KILL_AFTER and not all(w.done() for w in writers):
            time.sleep(0.05)
        instance.kill()
        killed.set()
        for w in writers:
            w.result()

    assert [s for s, _ in answered if s >= 500] == [], [b for s, b in answered if s >= 500]
    created = [body for status, body in answered if status == 201]
    assert len(created) >= KILL_AFTER, answered

    instance.start(port=instance.port)  # the same files, the same address
    session = admin_session()
    for case in created:
        response = session.get(case["@id"], timeout=60)
        assert response.status_code == 200, case["@id"]
        assert response.json()["signature"] == case["signature"]
    found = session.get(
        f"{site}/@search",
        params={"portal_type": "Interpellation", "metadata_fields": "signature", "b_size": 1000},
        timeout=60,
    ).json()["items"]
    signatures = [item["signature"] for item in found]
    assert len(set(signatures)) == len(signatures)
    numbers = sorted(parse_signature(s)[2] for s in signatures)
    # Requests cut off by the kill may have committed too: never more than one per writer.
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(created) <= len(numbers) <= len(created) + WRITERS

    response = session.post(f"{site}/interpelacje", json=interpellation("Po awarii"), timeout=60)
    assert response.status_code == 201, response.text
    assert parse_signature(response.json()["signature"])[2] == len(numbers) + 1
