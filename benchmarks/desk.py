"""The desk at 10,000 cases, per role, against a stock Plone folder listing of the same size,
in one run: ``.venv/bin/python benchmarks/desk.py`` (``--quick``: a smoke run).

Both sites live in one temporary FileStorage and are served by one waitress process (the
same ``Instance`` as ``make bench``); the URLs are loaded in alternating rounds, so a change
in the machine's load hits all of them. See benchmarks/README.md.
"""

from pathlib import Path

import argparse
import datetime
import json
import os
import signal
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instance import Instance  # noqa: E402
from report import parse_setup  # noqa: E402

import load  # noqa: E402

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "admin")
USER_PASSWORD = "biurko-2026"  # clerk, woik, mayor
DESK = "kancelaria/kancelaria"
STOCK = "stock/dokumenty"  # the stock listing (listing_view, 20 rows), as the admin
ROLES = {"clerk": "the office", "woik": "a department", "mayor": "the mayor"}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--cases", type=int, default=10_000, help="cases (and stock Documents)")
    p.add_argument("--duration", type=float, default=6.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds of all URLs")
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.cases = min(args.cases, 300)
        args.duration, args.rounds = min(args.duration, 2.0), 1
    return args


def targets(inst):
    """name → (url, credentials, JSON?, what a correct answer contains)."""
    base = inst.base_url
    found = {"stock listing": (f"{base}/{STOCK}", ADMIN, False, "item-")}
    for user in ROLES:
        auth = (user, USER_PASSWORD)
        found[f"desk page, {user}"] = (f"{base}/{DESK}", auth, False, "kancelaria-desk-count")
        found[f"@desk, {user}"] = (f"{base}/{DESK}/@desk", auth, True, '"queues"')
    return found


def check(name, url, auth, json_api, needle):
    """Warm the URL and make sure it answers what it should (not a login page)."""
    resp = load.expect(name, url, auth, needle, json_api)
    counts = ""
    if json_api:
        queues = resp.json()["queues"]
        counts = ", ".join(f"{q['id']} {q['count']}" for q in queues)
    return {"kb": len(resp.content) / 1024, "counts": counts, "result": load.Throughput()}


def measure(inst, args):
    out = {}
    urls = targets(inst)
    for name, (url, auth, json_api, needle) in urls.items():
        out[name] = check(name, url, auth, json_api, needle)
        if out[name]["counts"]:
            print(f"  {name}: {out[name]['counts']}", flush=True)
    results = {name: entry["result"] for name, entry in out.items()}
    runs = {name: (url, auth, json_api) for name, (url, auth, json_api, _n) in urls.items()}
    load.alternate(runs, results, args.rounds, args.clients, args.duration)
    return out


def print_table(out, args, setup, elapsed):
    stock = out["stock listing"]["result"]
    head = ("URL", "req/s", "median ms", "KB", "ratio to stock")
    rows = []
    for name, entry in out.items():
        r = entry["result"]
        ratio = f"{r.rate / stock.rate:.2f}" if stock.rate else "—"
        rows.append((name, f"{r.rate:.1f}", f"{r.median_ms:,.0f}", f"{entry['kb']:.1f}", ratio))
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    print()
    print(
        f"The desk at {args.cases:,} cases vs a stock Plone folder listing of "
        f"{args.cases:,} Documents (admin, 20 rows); ratio = req/s ÷ the stock's "
        "(above 1: faster)."
    )
    for row in [head, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    errors = sum(entry["result"].errors for entry in out.values())
    fill = setup.get("fill_s", {})
    print(
        f"\n{args.clients} clients, {args.rounds}×{args.duration:g} s per URL, HTTP errors: "
        f"{errors}. Setup: {setup.get('sites_s', 0):.0f} s for the sites, "
        + ", ".join(f"{name} {secs:.0f} s" for name, secs in fill.items())
        + f". Total {elapsed / 60:.1f} min; load average now {os.getloadavg()[0]:.2f} "
        f"on {os.cpu_count()} cores."
    )
    print("BENCH_DESK " + json.dumps({n: round(e["result"].rate, 2) for n, e in out.items()}))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Desk benchmark — {datetime.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.2f}; {args.cases} cases, {args.rounds}×{args.duration:g}s "
        f"per URL, {args.clients} clients, {args.threads} server threads",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    try:
        print(f"Creating both sites with {args.cases} items each (in-process)…", flush=True)
        env = {
            "BENCH_ADMIN": ADMIN[0],
            "BENCH_PASSWORD": ADMIN[1],
            "BENCH_USER_PASSWORD": USER_PASSWORD,
            "BENCH_CASES": str(args.cases),
        }
        setup = parse_setup(inst.zconsole(HERE / "desk_setup.py", env, timeout=7200))
        inst.start()
        print(f"Server on {inst.base_url} (pid {inst.server.pid})", flush=True)
        out = measure(inst, args)
    finally:
        inst.remove(keep=args.keep)
    print_table(out, args, setup, time.perf_counter() - started)


if __name__ == "__main__":
    main()
