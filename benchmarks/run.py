"""Kancelaria against stock Plone 6.2, side by side in one run: ``make bench``.

Both sites live in one temporary FileStorage and are served by one waitress process, so
both are measured by the same server under the same load. See benchmarks/README.md.
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
from report import print_table  # noqa: E402

import conflictlog  # noqa: E402
import load  # noqa: E402
import writers  # noqa: E402

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "admin")
NEWS = "aktualnosci/spotkanie-z-mieszkancami"
TEXT = "Proszę o informację, kiedy zostanie naprawione oświetlenie ulicy Polnej."
COUNCILLOR = "jan-nowak"  # set in the registry by zope_setup.py
# (e): a JRWA class of its own (added by zope_setup.py), so its numbers must be 1..N.
WRITERS_JRWA = "0099"
SITES = {
    # site id: (container of (a), type created by REST; also listed in (c) or (c2))
    "stock": ("dokumenty", "Document"),
    "kancelaria": ("interpelacje", "Interpellation"),
}
# (c): the register of correspondence, filled with the unversioned test case type, in the
# registers' generic listing (its own page lists letters only: benchmarks/letters.py).
REGISTER = "kancelaria/korespondencja/@@register"
# (c3): a text search that every filled interpellation matches, sorted by deadline.
SEARCHED = "q=remontu+nawierzchni&sort_on=deadline"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--items", type=int, default=200, help="(a) items created by REST per site")
    p.add_argument(
        "--listing-items", type=int, default=10_000, help="(c) items in each listing container"
    )
    p.add_argument("--duration", type=float, default=8.0, help="seconds of load per URL and round")
    p.add_argument(
        "--rounds",
        type=int,
        default=4,
        help="rounds of (stock, kancelaria) measurements, alternating",
    )
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--writers", type=int, default=8, help="(e) concurrent REST writers")
    p.add_argument(
        "--writer-items", type=int, default=50, help="(e) registrations per writer and site"
    )
    p.add_argument(
        "--writer-rounds",
        type=int,
        default=5,
        help="(e) rounds of (stock, kancelaria), alternating; each writer's items split",
    )
    p.add_argument(
        "--only",
        default="abce",
        help="the measurements to run, e.g. 'e' (the sites are always built; (d) is part of "
        "building them)",
    )
    p.add_argument(
        "--stock-in-nav",
        action="store_true",
        help="leave Document in the stock site's displayed_types (Plone's default)",
    )
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.items = min(args.items, 20)
        args.listing_items = min(args.listing_items, 300)
        args.duration, args.rounds = min(args.duration, 3.0), 1
        args.writer_items, args.writer_rounds = min(args.writer_items, 5), 1
    return args


def url(inst, site, path):
    return f"{inst.base_url}/{site}/{path}"


def payload(portal_type, i, title="Pismo REST nr {i} w sprawie oświetlenia ulicy", **fields):
    """The same title and rich text for both; the Interpellation also needs its fields."""
    body = {
        "@type": portal_type,
        "title": title.format(i=i),
        "text": {"data": f"<p>{TEXT}</p>", "content-type": "text/html"},
    }
    if portal_type == "Interpellation":
        body.update(kind="interpellation", councillor=COUNCILLOR)
    body.update(fields)
    return body


def bench_create(inst, args, out):
    """(a): REST POSTs, one at a time, alternating chunks between the sites."""
    chunks = max(1, min(4, args.items // 10))
    per_chunk = -(-args.items // chunks)
    totals = {site: [0, 0.0] for site in SITES}
    last = {}
    for chunk in range(chunks):
        for site, (container, portal_type) in SITES.items():
            first = chunk * per_chunk
            payloads = [
                payload(portal_type, i) for i in range(first, min(first + per_chunk, args.items))
            ]
            n, secs, last[site] = load.create_items(
                url(inst, site, container), ADMIN, payloads, time_limit=600
            )
            totals[site][0] += n
            totals[site][1] += secs
    for site, (n, secs) in totals.items():
        out[("a", site)] = {"rate": n / secs if secs else 0.0, "count": n, "secs": secs}
    signature = last["kancelaria"].get("signature")
    print(f"  (a) last signature given: {signature}", flush=True)


def bench_writers(inst, args, out):
    """(e): ``--writers`` threads register at once, in rounds alternating between the sites.

    Each writer POSTs its items one after the other; nothing is retried by the client. The
    Interpellations go to a JRWA class of their own, so their numbers must be 1..N."""
    per_round = -(-args.writer_items // args.writer_rounds)
    results = {site: writers.Writers() for site in SITES}
    fields = {"stock": {}, "kancelaria": {"jrwa": WRITERS_JRWA}}
    for rnd in range(args.writer_rounds):
        for site, (container, portal_type) in SITES.items():
            first = rnd * per_round
            batches = [
                [
                    payload(
                        portal_type, i, f"Rejestracja {w}-{{i}} oświetlenie ulicy", **fields[site]
                    )
                    for i in range(first, min(first + per_round, args.writer_items))
                ]
                for w in range(args.writers)
            ]
            results[site].add(
                writers.post_concurrently(
                    url(inst, site, container), ADMIN, batches, time_limit=900
                )
            )
    lines = conflictlog.read(inst.conflict_log)
    for site, result in results.items():
        c = writers.conflicts(lines, site)
        out[("e", site)] = {"result": result, "rate": result.rate, **c}
        top = ", ".join(f"{name} {n}" for name, n in c["by_class"].most_common(6)) or "none"
        print(
            f"  (e) {site}: {result.ok} × 201, {result.server_errors} × 5xx, "
            f"{result.failed - result.server_errors} other; {result.rate:.1f} items/s; "
            f"{c['retried']} retried and {c['unresolved']} unresolved ConflictErrors ({top})",
            flush=True,
        )
        attempts = ", ".join(f"{n}: {c['by_attempt'][n]}" for n in sorted(c["by_attempt"]))
        print(
            f"      latency median {result.latency(0.5):.2f} s, 95 % {result.latency(0.95):.2f} s, "
            f"max {result.latency(1.0):.2f} s; conflicts by try (0 = first): {attempts or '-'}",
            flush=True,
        )
        for failure in result.failures[:3]:
            print(f"      {failure}", flush=True)
    numbers = sorted(
        int(item["signature"].split(".")[2])
        for item in results["kancelaria"].created
        if item.get("signature", "").split(".")[1:2] == [WRITERS_JRWA]
    )
    expected = args.writers * args.writer_items
    out[("e", "numbers")] = numbers == list(range(1, expected + 1))
    exact = "exactly" if out[("e", "numbers")] else "NOT exactly"
    print(
        f"  (e) kancelaria signatures of class {WRITERS_JRWA}: {len(numbers)} given, "
        f"{len(set(numbers))} distinct, {exact} 1..{expected}",
        flush=True,
    )


def bench_get(inst, args, out, key, targets, auth):
    """Warm each URL, then load them in alternating rounds; note page size and rows.

    ``targets``: {name: (site, path)}; the results go to out[(key, name)]."""
    for name, (site, path) in targets.items():
        resp = load.warm(url(inst, site, path), auth)
        folder = [p for p in path.split("?")[0].split("/") if not p.startswith("@@")][-1]
        out[(key, name)] = {
            "kb": len(resp.content) / 1024,
            "rows": load.listed_items(resp.text, folder),
            "result": load.Throughput(),
        }
    for _round in range(args.rounds):
        for name, (site, path) in targets.items():
            r = load.throughput(
                url(inst, site, path), auth, clients=args.clients, duration=args.duration
            )
            out[(key, name)]["result"].add(r)
            out[(key, name)].setdefault("rounds", []).append(r.rate)
    for name in targets:
        entry = out[(key, name)]
        entry["rate"] = entry["result"].rate
        rounds = ", ".join(f"{r:.1f}" for r in entry.get("rounds", []))
        print(
            f"  ({key}) {name}: {entry['rate']:.1f} req/s (rounds: {rounds}), "
            f"{entry['kb']:.1f} KB, {entry['result'].errors} errors",
            flush=True,
        )


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Kancelaria vs stock Plone — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; "
        f"items={args.items}, listing-items={args.listing_items}, "
        f"{args.rounds}×{args.duration:g}s per URL, {args.clients} clients, "
        f"{args.threads} server threads",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    out = {}
    try:
        fill = max(0, args.listing_items - args.items)
        print(
            f"Creating both sites, {fill} items in each container of (a) and "
            f"{args.listing_items} in the register (in-process)…",
            flush=True,
        )
        t0 = time.perf_counter()
        env = {
            "BENCH_ADMIN": ADMIN[0],
            "BENCH_PASSWORD": ADMIN[1],
            "BENCH_FILL": str(fill),
            "BENCH_REGISTER_FILL": str(args.listing_items),
            "BENCH_COUNCILLOR": COUNCILLOR,
            "BENCH_STOCK_IN_NAV": "1" if args.stock_in_nav else "0",
        }
        setup = inst.zconsole(HERE / "zope_setup.py", env, timeout=3600)
        out["setup"] = parse_setup(setup)
        print(f"  done in {time.perf_counter() - t0:.0f} s", flush=True)
        inst.start()
        print(f"Server on {inst.base_url} (pid {inst.server.pid})", flush=True)
        if "a" in args.only:
            print(f"(a) creating {args.items} items per site via REST…", flush=True)
            bench_create(inst, args, out)
        if "b" in args.only:
            print("(b) anonymous News Item view…", flush=True)
            bench_get(inst, args, out, "b", {s: (s, NEWS) for s in SITES}, None)
        targets = {
            "stock": ("stock", SITES["stock"][0]),
            "kancelaria": ("kancelaria", REGISTER),
            # Kancelaria's registers show 50 rows a page, stock listing_view 20: also
            # measure the stock listing at 50 rows, for a like-for-like row count.
            "stock50": ("stock", f"{SITES['stock'][0]}?b_size=50"),
            # (c2): the register of interpellations, with its statistics.
            "interpellations": ("kancelaria", SITES["kancelaria"][0]),
            # (c3): the same, searched (every item matches: the statistics read all) and
            # sorted by a column.
            "interpellations_q": ("kancelaria", f"{SITES['kancelaria'][0]}?{SEARCHED}"),
        }
        if "c" in args.only:
            print("(c) listing as the admin…", flush=True)
            bench_get(inst, args, out, "c", targets, ADMIN)
        if "e" in args.only:
            print(
                f"(e) {args.writers} writers × {args.writer_items} registrations per site "
                f"via REST, {args.writer_rounds} rounds…",
                flush=True,
            )
            bench_writers(inst, args, out)
    finally:
        inst.remove(keep=args.keep)
    print_table(out, args, time.perf_counter() - started)


if __name__ == "__main__":
    main()
