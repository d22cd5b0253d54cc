"""Benchmark (e): concurrent writers registering over REST, every answer counted.

``writers`` threads each POST their share of the payloads one after the other, all threads
at once, with no retry on the client's side: what Zope does not retry reaches the client
and is counted as failed. Only 127.0.0.1 is ever contacted.
"""

from collections import Counter
from dataclasses import dataclass
from dataclasses import field

import load
import threading
import time

#: Seconds a writer waits for an answer: Zope pauses a registration that keeps losing
#: between its tries (up to 2**n s before try n + 2), so one answer can take minutes.
PATIENCE = 300


@dataclass
class Writers:
    """What the clients saw: statuses, the JSON of each 201, latencies, the seconds taken."""

    statuses: Counter = field(default_factory=Counter)
    created: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    latencies: list = field(default_factory=list)
    seconds: float = 0.0

    def add(self, other):
        self.statuses.update(other.statuses)
        self.created += other.created
        self.failures += other.failures
        self.latencies += other.latencies
        self.seconds += other.seconds

    def latency(self, share):
        """The latency (s) below which ``share`` of the answers came (0.5: the median)."""
        lat = sorted(self.latencies)
        return lat[min(len(lat) - 1, int(share * len(lat)))] if lat else 0.0

    @property
    def ok(self):
        return self.statuses[201]

    @property
    def failed(self):
        """Answers other than 201 (a 5xx, a 4xx, no answer at all)."""
        return sum(n for status, n in self.statuses.items() if status != 201)

    @property
    def server_errors(self):
        return sum(n for status, n in self.statuses.items() if status >= 500)

    @property
    def rate(self):
        return self.ok / self.seconds if self.seconds else 0.0


def post_concurrently(url, auth, batches, time_limit):
    """POST each batch (a list of payloads) in a thread of its own, all starting together."""
    load.local_only(url)
    result = Writers()
    lock = threading.Lock()
    start = threading.Barrier(len(batches) + 1)
    stop_at = []

    def writer(batch):
        s = load.session(auth, json_api=True)
        start.wait(timeout=60)
        for payload in batch:
            if time.perf_counter() > stop_at[0]:
                return
            t0 = time.perf_counter()
            try:
                resp = s.post(url, json=payload, timeout=PATIENCE)
                status, body = resp.status_code, resp.text
            except load.requests.RequestException as error:
                status, body = 0, repr(error)
            elapsed = time.perf_counter() - t0
            with lock:
                result.latencies.append(elapsed)
                result.statuses[status] += 1
                if status == 201:
                    result.created.append(resp.json())
                else:
                    result.failures.append(f"{status} {body[:300]}")

    threads = [threading.Thread(target=writer, args=(b,), daemon=True) for b in batches]
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    stop_at.append(t0 + time_limit)
    start.wait(timeout=60)
    for t in threads:
        t.join(timeout=time_limit + PATIENCE + 10)
    result.seconds = time.perf_counter() - t0
    return result


def conflicts(lines, site):
    """The conflictlog lines of requests to ``site``: retried, unresolved, by class."""
    mine = [line for line in lines if line["path"].startswith(f"/{site}/")]
    return {
        "retried": sum(1 for line in mine if line["retry"]),
        "unresolved": sum(1 for line in mine if not line["retry"]),
        "by_class": Counter(line["class"] or line["error"] for line in mine),
        "by_oid": Counter((line["class"], line["oid"]) for line in mine),
        # attempt n: the conflict ended the (n+1)th try of a request
        "by_attempt": Counter(line["attempt"] for line in mine),
    }
