"""Two instances on one RelStorage database behind HAProxy (``make cluster``).

Registrations through the balancer land on both instances and their signatures stay
gapless and unique; an edit through one instance is seen at once through the other;
``kill -9`` of an instance under write load loses no answered registration while the
balancer goes on serving. The tests run in any order: each reads the register as it finds it,
and the kill test brings its instance back.
"""

from concurrent.futures import ThreadPoolExecutor
from kancelaria.case.numbering import parse_signature
from tests.ops.conftest import admin_session
from tests.ops.conftest import interpellation

import pytest
import requests
import threading
import time

pytestmark = pytest.mark.cluster

WRITERS = 6
PER_WRITER = 5


def base(inst):
    return f"{inst.base_url}/Plone"


def signatures(site):
    """The signatures of every interpellation, by a search through ``site``."""
    found = admin_session().get(
        f"{site}/@search",
        params={"portal_type": "Interpellation", "metadata_fields": "signature", "b_size": 5000},
        timeout=60,
    )
    assert found.status_code == 200, found.text
    return [item["signature"] for item in found.json()["items"]]


def numbers(site):
    return sorted(parse_signature(s)[2] for s in signatures(site))


def test_concurrent_registration_across_instances(cluster):
    site = f"{cluster.url}/Plone"
    before = numbers(site)
    start = threading.Barrier(WRITERS)

    def writer(n):
        session = admin_session()
        start.wait(timeout=30)
        answers = []
        for i in range(PER_WRITER):
            response = session.post(
                f"{site}/interpelacje", json=interpellation(f"Zbieżna {n}-{i}"), timeout=300
            )
            answers.append(
                (response.status_code, response.headers.get("X-Served-By"), response.json())
            )
        return answers

    with ThreadPoolExecutor(WRITERS) as pool:
        answers = [a for per_writer in pool.map(writer, range(WRITERS)) for a in per_writer]

    assert [(s, body) for s, _by, body in answers if s != 201] == []
    served_by = {by for _s, by, _body in answers}
    assert served_by == {"instance-1", "instance-2"}, "the balancer used one instance only"
    mine = [parse_signature(body["signature"])[2] for _s, _by, body in answers]
    first = (before[-1] if before else 0) + 1
    assert sorted(mine) == list(range(first, first + WRITERS * PER_WRITER))
    # Each instance's catalog holds them all, under the same signatures.
    for inst in cluster.instances:
        assert numbers(base(inst)) == [*before, *sorted(mine)]


def test_an_edit_through_one_instance_is_seen_at_once_through_the_other(cluster):
    one, two = (base(inst) for inst in cluster.instances)
    session = admin_session()
    created = session.post(f"{one}/interpelacje", json=interpellation("Przed zmianą"), timeout=60)
    assert created.status_code == 201, created.text
    path = created.json()["@id"].split("/Plone/", 1)[1]
    for round_, (writer, reader) in enumerate([(one, two), (two, one), (one, two)]):
        title = f"Zmiana {round_} przez {writer.rsplit(':', 1)[1]}"
        patched = session.patch(f"{writer}/{path}", json={"title": title}, timeout=60)
        assert patched.status_code == 204, patched.text
        # No pause: the other instance's next transaction sees the commit (RelStorage polls
        # PostgreSQL for invalidations at the start of every transaction).
        read = session.get(f"{reader}/{path}", timeout=60)
        assert read.status_code == 200 and read.json()["title"] == title
        found = session.get(
            f"{reader}/@search", params={"SearchableText": f"Zmiana {round_}"}, timeout=60
        ).json()["items"]
        assert [item["title"] for item in found] == [title]


def test_kill_9_of_an_instance_under_write_load(cluster):
    """Writers and readers through the balancer; instance-1 is killed with SIGKILL.

    Requests in progress on instance-1 at that moment: a GET is repeated by HAProxy on
    instance-2; a POST is not (it may have committed) and gets a 502, never a silently closed
    connection that would invite the client to send it again (etc/haproxy.cfg.in,
    ``option httpclose``). Every request sent once HAProxy has seen the instance down is
    answered by instance-2, without a 5xx."""
    site = f"{cluster.url}/Plone"
    victim, survivor = cluster.instances
    before = numbers(site)
    log = []  # one dict per request: client, write, sent, status, by, body
    detected, stop = [], threading.Event()

    def client(n, write):
        session = admin_session()
        for i in range(200):
            if stop.is_set():
                return
            entry = {"client": n, "write": write, "sent": time.monotonic()}
            try:
                if write:
                    response = session.post(
                        f"{site}/interpelacje", json=interpellation(f"Awaria {n}-{i}"), timeout=300
                    )
                else:
                    response = session.get(f"{site}/interpelacje", timeout=300)
            except requests.ConnectionError as error:
                log.append({**entry, "status": 0, "by": None, "body": repr(error)})
                continue
            json = response.headers.get("Content-Type", "").startswith("application/json")
            body = response.json() if json else response.text[:300]
            by = response.headers.get("X-Served-By")
            log.append({**entry, "status": response.status_code, "by": by, "body": body})

    def written(since=0.0):
        return sum(1 for e in log if e["write"] and e["sent"] > since and e["status"] == 201)

    with ThreadPoolExecutor(5) as pool:
        clients = [pool.submit(client, n, n < 3) for n in range(5)]
        while written() < 12:
            assert not any(c.done() for c in clients), log
            time.sleep(0.05)
        victim.kill()
        cluster.balancer.wait_for("instance-1", "DOWN", timeout=10)
        detected.append(time.monotonic())
        while written(since=detected[0]) < 12:
            assert not any(c.done() for c in clients), log
            time.sleep(0.05)
        stop.set()
        for c in clients:
            c.result()

    after = [e for e in log if e["sent"] > detected[0]]
    assert [e for e in after if e["status"] != (201 if e["write"] else 200)] == []
    assert {e["by"] for e in after} == {"instance-2"}
    reads = [e for e in log if not e["write"]]
    assert [e for e in reads if e["status"] != 200] == [], "a GET in progress was not repeated"
    writes = [e for e in log if e["write"]]
    created = [e["body"] for e in writes if e["status"] == 201]
    cut_off = [e for e in writes if e["status"] != 201]
    # Only a POST in progress on instance-1 at the kill may fail: with HAProxy's 502, one per
    # writer at most.
    assert all(e["status"] == 502 and e["sent"] < detected[0] for e in cut_off), cut_off
    assert len({e["client"] for e in cut_off}) == len(cut_off), cut_off

    # Every answered registration is there, looked up through the surviving instance.
    session = admin_session()
    for case in created:
        path = case["@id"].split("/Plone/", 1)[1]
        response = session.get(f"{base(survivor)}/{path}", timeout=60)
        assert response.status_code == 200, case["@id"]
        assert response.json()["signature"] == case["signature"]
        assert response.json()["UID"] == case["UID"]
    now = numbers(base(survivor))
    assert now == list(range(1, len(now) + 1)), "a gap or a duplicate signature"
    # A POST cut off by the kill may have committed first: then it is there too, numbered.
    assert len(before) + len(created) <= len(now) <= len(before) + len(created) + len(cut_off)

    # The instance comes back on its port, and the balancer sends it requests again.
    victim.start(port=victim.port)
    cluster.balancer.wait_for("instance-1", "UP", timeout=30)
    served = set()
    for _ in range(12):
        response = session.get(f"{site}/interpelacje", timeout=60)
        assert response.status_code == 200
        served.add(response.headers.get("X-Served-By"))
    assert served == {"instance-1", "instance-2"}
