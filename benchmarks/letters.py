"""The correspondence register against stock Plone, in one run:
``.venv/bin/python benchmarks/letters.py`` (``--quick``: a smoke run; ``--only fgh``).

(f) registering an incoming letter over REST (signature, RPW number, deadline, first
version) against creating a stock versioned Document, one at a time, alternating chunks;
(g) ``--writers`` concurrent REST writers registering incoming letters: failures, and the
signatures (a JRWA class of their own) and incoming numbers given, which must be exactly
1..N; (h) the register page of correspondence and its filters at ``--small`` and ``--large``
letters, against the stock folder listing at the same sizes (50 rows), with the ratio
large/small ("flat" is 1.0). Same ``Instance`` as ``make bench``; see benchmarks/README.md.
"""

from pathlib import Path

import argparse
import datetime
import os
import signal
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instance import Instance  # noqa: E402
from report import parse_setup  # noqa: E402

import load  # noqa: E402
import writers  # noqa: E402

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "admin")
REGISTER = "kancelaria/korespondencja"
WRITERS_JRWA = "0099"
#: (h): the page, then its filters (each narrows the large register to a part of it).
PAGES = {
    "page": "",
    "incoming, assigned": "?direction=incoming&state=assigned",
    "kind + sort by deadline": "?kind=complaint&sort_on=deadline",
    "party": "?party=Kowalski",
    "q": "?q=nawierzchni",
    "date range": "?date_from={y}-03-01&date_to={y}-04-30",
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--items", type=int, default=100, help="(f) registrations per site")
    p.add_argument("--writers", type=int, default=8, help="(g) concurrent REST writers")
    p.add_argument("--writer-items", type=int, default=25, help="(g) registrations per writer")
    p.add_argument("--small", type=int, default=1_000, help="(h) letters in the small register")
    p.add_argument("--large", type=int, default=10_000, help="(h) letters in the large one")
    p.add_argument("--duration", type=float, default=6.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds of all URLs")
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--only", default="fgh", help="the measurements to run, e.g. 'gh'")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.items, args.writer_items = min(args.items, 10), min(args.writer_items, 3)
        args.small, args.large = min(args.small, 50), min(args.large, 500)
        args.duration, args.rounds = min(args.duration, 2.0), 1
    return args


def incoming(i, title="Pismo REST nr {i} w sprawie oświetlenia ulicy", **fields):
    return {
        "@type": "IncomingLetter",
        "title": title.format(i=i),
        "sender_name": "Anna Mieszkańska",
        "kind": "resident_inquiry",
        "summary": "Proszę o informację, kiedy zostanie naprawione oświetlenie ulicy Polnej.",
        **fields,
    }


def document(i):
    return {
        "@type": "Document",
        "title": f"Pismo REST nr {i} w sprawie oświetlenia ulicy",
        "text": {"data": "<p>Proszę o informację.</p>", "content-type": "text/html"},
    }


def bench_register(inst, args):
    """(f): one at a time, four alternating chunks; both into a container of ``--large``
    items (the large register, the stock folder of as many Documents)."""
    targets = {
        "stock": (f"{inst.base_url}/stock/large", document),
        "kancelaria": (f"{inst.base_url}/large/{REGISTER}", incoming),
    }
    totals = {name: [0, 0.0] for name in targets}
    per = -(-args.items // 4)
    for chunk in range(4):
        for name, (url, make) in targets.items():
            first = chunk * per
            payloads = [make(i) for i in range(first, min(first + per, args.items))]
            n, secs, _last = load.create_items(url, ADMIN, payloads, time_limit=600)
            totals[name][0] += n
            totals[name][1] += secs
    rates = {name: n / secs if secs else 0.0 for name, (n, secs) in totals.items()}
    print(
        f"  (f) items/s: stock Document {rates['stock']:.1f}, incoming letter "
        f"{rates['kancelaria']:.1f}; ratio {rates['kancelaria'] / rates['stock']:.2f}",
        flush=True,
    )
    return rates


def bench_writers(inst, args):
    """(g): all writers start together, each POSTs its letters one after the other."""
    batches = [
        [
            incoming(i, f"Rejestracja {w}-{{i}} oświetlenie ulicy", jrwa=WRITERS_JRWA)
            for i in range(args.writer_items)
        ]
        for w in range(args.writers)
    ]
    url = f"{inst.base_url}/small/{REGISTER}"
    result = writers.post_concurrently(url, ADMIN, batches, time_limit=1800)
    expected = list(range(1, args.writers * args.writer_items + 1))
    signatures = sorted(int(item["signature"].split(".")[2]) for item in result.created)
    numbers = sorted(int(item["incoming_number"].split("/")[1]) for item in result.created)
    print(
        f"  (g) {result.ok} × 201, {result.failed} failed ({result.server_errors} × 5xx); "
        f"{result.rate:.1f} items/s; latency median {result.latency(0.5):.2f} s, "
        f"max {result.latency(1.0):.2f} s",
        flush=True,
    )
    for label, got in (("signatures", signatures), ("incoming numbers", numbers)):
        exact = "exactly" if got == expected else "NOT exactly"
        print(f"  (g) {label}: {len(got)} given, {exact} 1..{len(expected)}", flush=True)
    for failure in result.failures[:3]:
        print(f"      {failure}", flush=True)
    return result


def bench_pages(inst, args):
    """(h): every URL warmed, then loaded in alternating rounds."""
    year = datetime.date.today().year - 1
    urls = {}
    for size in ("small", "large"):
        urls[("stock", size)] = f"{inst.base_url}/stock/{size}?b_size=50"
        for name, query in PAGES.items():
            urls[(name, size)] = f"{inst.base_url}/{size}/{REGISTER}{query.format(y=year)}"
    results = {}
    for key, url in urls.items():
        resp = load.warm(url, ADMIN)
        if resp.status_code != 200 or ("stock" not in key and "kancelaria-count" not in resp.text):
            raise RuntimeError(f"{key}: {url} answers {resp.status_code}")
        results[key] = load.Throughput()
    for _round in range(args.rounds):
        for key, url in urls.items():
            results[key].add(
                load.throughput(url, ADMIN, clients=args.clients, duration=args.duration)
            )
    print(
        f"\n(h) req/s at {args.small:,} and {args.large:,} letters (stock: a folder of as "
        "many Documents, 50 rows); flat = ratio large/small 1.0"
    )
    head = f"  {'URL':26} {'small':>7} {'large':>7} {'large/small':>11} {'large/stock':>11}"
    print(head)
    stock_large = results[("stock", "large")].rate
    for name in ("stock", *PAGES):
        small, large = results[(name, "small")].rate, results[(name, "large")].rate
        flat = f"{large / small:.2f}" if small else "—"
        vs = f"{large / stock_large:.2f}" if stock_large else "—"
        print(f"  {name:26} {small:7.1f} {large:7.1f} {flat:>11} {vs:>11}")
    errors = sum(r.errors for r in results.values())
    print(f"  HTTP errors: {errors}", flush=True)
    return results


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Correspondence benchmark — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; --only {args.only}, "
        f"{args.small}/{args.large} letters, {args.rounds}×{args.duration:g}s per URL, "
        f"{args.clients} clients, {args.threads} server threads",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    try:
        env = {
            "BENCH_ADMIN": ADMIN[0],
            "BENCH_PASSWORD": ADMIN[1],
            "BENCH_SMALL": str(args.small),
            "BENCH_LARGE": str(args.large),
            "BENCH_WRITERS_JRWA": WRITERS_JRWA,
        }
        setup = parse_setup(inst.zconsole(HERE / "letters_setup.py", env, timeout=7200))
        print(f"  set-up: {setup}", flush=True)
        inst.start()
        print(f"Server on {inst.base_url} (pid {inst.server.pid})", flush=True)
        # (g) first: this year's incoming log and the writers' class start empty.
        if "g" in args.only:
            print(f"(g) {args.writers} writers × {args.writer_items} letters…", flush=True)
            bench_writers(inst, args)
        if "f" in args.only:
            print(f"(f) {args.items} registrations per site, one at a time…", flush=True)
            bench_register(inst, args)
        if "h" in args.only:
            bench_pages(inst, args)
    finally:
        inst.remove(keep=args.keep)
    print(f"Total {(time.perf_counter() - started) / 60:.1f} min; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
