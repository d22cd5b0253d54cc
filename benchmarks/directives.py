"""The directives dashboard at two sizes against stock Plone, in one run:
``.venv/bin/python benchmarks/directives.py`` (``--quick``: a smoke run).

The dashboard page ``/kancelaria/narady/@@polecenia`` (50 rows, the counters, the filters)
and ``@directives`` (50 items and the counters), unfiltered and filtered, at
``--small-meetings`` (50) and ``--large-meetings`` (500) meetings of ``--per-meeting`` (10)
directives each, as the admin, with 8 clients; against the stock folder listing of as many
Documents (50 rows). Prints the ratio large/small per URL (the issue's goal: the large one
answers within 2× of the small, ratio ≥ 0.5) and the large against the large stock listing.
Same ``Instance`` as ``make bench``; see benchmarks/README.md.
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

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "admin")
REGISTER = "kancelaria/narady"
#: name → (path under the register, REST?)
URLS = {
    "page": ("@@polecenia", False),
    "page, WOIK": ("@@polecenia?department=WOIK", False),
    "page, overdue": ("@@polecenia?due=overdue", False),
    "page, verified": ("@@polecenia?state=verified", False),
    "page, person + q": ("@@polecenia?person=Anna+Nowak&q=raport", False),
    "@directives": ("@directives?b_size=50", True),
    "@directives, WKSP, in progress": (
        "@directives?b_size=50&department=WKSP&state=in_progress",
        True,
    ),
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--small-meetings", type=int, default=50)
    p.add_argument("--large-meetings", type=int, default=500)
    p.add_argument("--per-meeting", type=int, default=10, help="directives per meeting")
    p.add_argument("--duration", type=float, default=6.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds of all URLs")
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.small_meetings = min(args.small_meetings, 5)
        args.large_meetings = min(args.large_meetings, 50)
        args.duration, args.rounds = min(args.duration, 2.0), 1
    return args


def bench(inst, args):
    urls = {}
    for size in ("small", "large"):
        urls[("stock", size)] = (f"{inst.base_url}/stock/{size}?b_size=50", False)
        for name, (path, json_api) in URLS.items():
            urls[(name, size)] = (f"{inst.base_url}/{size}/{REGISTER}/{path}", json_api)
    results = {}
    for key, (url, json_api) in urls.items():
        resp = load.warm(url, ADMIN, json_api=json_api)
        marker = "items_total" if json_api else "kancelaria-count"
        if resp.status_code != 200 or ("stock" not in key and marker not in resp.text):
            raise RuntimeError(f"{key}: {url} answers {resp.status_code}")
        results[key] = load.Throughput()
    for _round in range(args.rounds):
        for key, (url, json_api) in urls.items():
            results[key].add(
                load.throughput(
                    url, ADMIN, clients=args.clients, duration=args.duration, json_api=json_api
                )
            )
    small_n = args.small_meetings * args.per_meeting
    large_n = args.large_meetings * args.per_meeting
    print(
        f"\nreq/s at {small_n:,} directives / {args.small_meetings} meetings and {large_n:,} / "
        f"{args.large_meetings} (stock: a folder of as many Documents, 50 rows); "
        "goal: large/small ≥ 0.50"
    )
    head = (
        f"  {'URL':32} {'small':>7} {'large':>7} {'ms small':>9} {'ms large':>9} "
        f"{'large/small':>11} {'large/stock':>11}"
    )
    print(head)
    stock_large = results[("stock", "large")].rate
    summary = {}
    for name in ("stock", *URLS):
        small, large = results[(name, "small")], results[(name, "large")]
        flat = large.rate / small.rate if small.rate else 0.0
        vs = large.rate / stock_large if stock_large else 0.0
        summary[name] = {"small": small.rate, "large": large.rate, "ratio": flat}
        print(
            f"  {name:32} {small.rate:7.1f} {large.rate:7.1f} {small.median_ms:9.0f} "
            f"{large.median_ms:9.0f} {flat:11.2f} {vs:11.2f}"
        )
    errors = sum(r.errors for r in results.values())
    print(f"  HTTP errors: {errors}", flush=True)
    return summary


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Directives benchmark — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; {args.small_meetings}/"
        f"{args.large_meetings} meetings × {args.per_meeting} directives, "
        f"{args.rounds}×{args.duration:g}s per URL, {args.clients} clients, "
        f"{args.threads} server threads",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    try:
        env = {
            "BENCH_ADMIN": ADMIN[0],
            "BENCH_PASSWORD": ADMIN[1],
            "BENCH_SMALL_MEETINGS": str(args.small_meetings),
            "BENCH_LARGE_MEETINGS": str(args.large_meetings),
            "BENCH_PER_MEETING": str(args.per_meeting),
        }
        setup = parse_setup(inst.zconsole(HERE / "directives_setup.py", env, timeout=7200))
        print(f"  set-up: {setup}", flush=True)
        inst.start()
        print(f"Server on {inst.base_url} (pid {inst.server.pid})", flush=True)
        bench(inst, args)
    finally:
        inst.remove(keep=args.keep)
    print(f"Total {(time.perf_counter() - started) / 60:.1f} min; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
