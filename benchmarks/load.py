"""HTTP clients of the benchmark: REST creation one at a time, and concurrent GETs.

Every loop is bounded by a count and by a time limit; only 127.0.0.1 is ever contacted.
"""

from dataclasses import dataclass
from dataclasses import field
from urllib.parse import urlsplit

import re
import requests
import subprocess
import threading
import time

TIMEOUT = 120


def local_only(url):
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"benchmarks only talk to 127.0.0.1, not {url}")
    return url


def session(auth=None, json_api=False):
    s = requests.Session()
    if auth:
        s.auth = auth
    if json_api:
        s.headers.update({"Accept": "application/json"})
    return s


def create_items(url, auth, payloads, time_limit):
    """POST each payload to ``url`` in turn.

    Returns (items created, seconds, the JSON of the last one)."""
    s = session(auth, json_api=True)
    created, t0, last = 0, time.perf_counter(), None
    for payload in payloads:
        if time.perf_counter() - t0 > time_limit:
            break
        resp = s.post(local_only(url), json=payload, timeout=TIMEOUT)
        if resp.status_code != 201:
            raise RuntimeError(f"POST {url}: {resp.status_code} {resp.text[:500]}")
        created += 1
        last = resp
    return created, time.perf_counter() - t0, last.json() if last is not None else {}


def fetch(url, auth=None, json_api=False):
    resp = session(auth, json_api).get(local_only(url), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp


def warm(url, auth=None, times=3, json_api=False):
    for _ in range(times):
        resp = fetch(url, auth, json_api)
    return resp


def listed_items(html, folder):
    """Distinct items of ``folder`` linked from the page (the rows of its listing)."""
    pattern = rf'href="[^"]*/{folder}/(item-\d+|pismo-rest-[\w-]+)"'
    return len(set(re.findall(pattern, html)))


@dataclass
class Throughput:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list = field(default_factory=list)

    def add(self, other):
        self.requests += other.requests
        self.errors += other.errors
        self.seconds += other.seconds
        self.latencies += other.latencies

    @property
    def rate(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def median_ms(self):
        lat = sorted(self.latencies)
        return 1000 * lat[len(lat) // 2] if lat else 0.0


def throughput(url, auth=None, clients=8, duration=10.0, max_requests=100_000, json_api=False):
    """``clients`` threads GET ``url`` until ``duration`` is over (or max_requests);
    ``json_api``: as a REST client (``Accept: application/json``)."""
    local_only(url)
    lock = threading.Lock()
    result = Throughput()
    budget = [max_requests]
    start = time.perf_counter()
    stop_at = start + duration

    def worker():
        s = session(auth, json_api)
        while time.perf_counter() < stop_at:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            t0 = time.perf_counter()
            try:
                ok = s.get(url, timeout=TIMEOUT).status_code == 200
            except requests.RequestException:
                ok = False
            elapsed = time.perf_counter() - t0
            with lock:
                if ok:
                    result.requests += 1
                    result.latencies.append(elapsed)
                else:
                    result.errors += 1

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + TIMEOUT + 10)
    result.seconds = time.perf_counter() - start
    return result


@dataclass
class Wrk:
    """What one run of Debian's ``wrk`` measured."""

    rate: float  # requests/s
    requests: int
    errors: int  # non-2xx/3xx answers and socket errors


def wrk(url, connections=8, duration=5.0, threads=2, headers=()):
    """Load ``url`` with ``wrk`` (keep-alive, ``connections`` over ``threads``): the client
    for rates a Python client cannot reach (thousands a second)."""
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration:g}s", "--timeout", "60s"]
    for name_value in headers:
        cmd += ["-H", name_value]
    out = subprocess.run(
        [*cmd, local_only(url)], capture_output=True, text=True, timeout=duration + 120
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if rate is None:
        raise RuntimeError(f"wrk {url}: {out[-500:]}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, sock.groups())) if sock else 0)
    done = int(re.search(r"(\d+) requests in", out).group(1))
    return Wrk(float(rate.group(1)), done, errors)


def expect(name, url, auth, needle, json_api=False):
    """Warm ``url`` and make sure it answers what it should (not a login page)."""
    resp = warm(url, auth, json_api=json_api)
    if needle not in resp.text:
        raise RuntimeError(f"{name}: {url} does not answer what it should")
    return resp


def alternate(urls, results, rounds, clients, duration):
    """Load each of ``urls`` (``{name: (url, auth, json_api)}``) in turn, ``rounds`` times
    over, so a change of the machine's load hits them alike; each run is added to
    ``results[name]`` (a ``Throughput``) and its rate printed."""
    for _round in range(rounds):
        for name, (url, auth, json_api) in urls.items():
            r = throughput(url, auth, clients=clients, duration=duration, json_api=json_api)
            results[name].add(r)
            print(f"  {name}: {r.rate:.1f} req/s", flush=True)
