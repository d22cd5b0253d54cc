"""Several instances on RelStorage/PostgreSQL behind HAProxy: ``make bench-cluster``
(``.venv/bin/python benchmarks/cluster.py``; ``--quick``: a smoke run).

One throw-away PostgreSQL database (dropped at the end) holds both sites of ``make bench``
(benchmarks/zope_setup.py: Kancelaria, and a stock Plone configured like it), served by two
instances rendered as ``make cluster`` renders them (scripts/cluster.py: etc/zope.conf.in
with etc/zodb-relstorage.conf.in, HAProxy from etc/haproxy.cfg.in).

(r) Read throughput through HAProxy with 1 instance against 2: a second HAProxy sends
everything to instance-1 only; the URLs are loaded through both, in alternating rounds.
Anonymous and uncached (the sites' plone.app.caching is off, as in ``make bench``): the
News Item's page and its REST GET, on Kancelaria and on stock. Prints 2/1 and K/S.
(w) Concurrent registration across both instances: ``make bench``'s (e) (run.py) through
the balancer: --writers threads POST at once, no client retries; Kancelaria's signatures of
its own JRWA class must come out exactly 1..N; stock creates versioned Documents alongside.
See benchmarks/README.md.
"""

from pathlib import Path
from types import SimpleNamespace

import argparse
import datetime
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from caching import measure  # noqa: E402
from caching import table  # noqa: E402
from instance import INCLUDES  # noqa: E402
from instance import bench_environment  # noqa: E402
from run import ADMIN  # noqa: E402
from run import COUNCILLOR  # noqa: E402
from run import NEWS  # noqa: E402
from run import bench_writers  # noqa: E402
from scripts.cluster import Balancer  # noqa: E402
from scripts.cluster import Cluster  # noqa: E402
from scripts.cluster import create_database  # noqa: E402
from scripts.cluster import drop_database  # noqa: E402
from scripts.cluster import dsn_with  # noqa: E402

DSN = os.environ.get("KANCELARIA_POSTGRES_DSN", "host=127.0.0.1 port=5432 user=postgres")
TARGETS = {
    # name: (site, path, as a REST client)
    "stock page": ("stock", NEWS, False),
    "kancelaria page": ("kancelaria", NEWS, False),
    "stock REST GET": ("stock", NEWS, True),
    "kancelaria REST GET": ("kancelaria", NEWS, True),
}
FRONTS = ("1 instance", "2 instances")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--duration", type=float, default=6.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds (1, 2 instances)")
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads per instance")
    p.add_argument("--writers", type=int, default=8, help="(w) concurrent REST writers")
    p.add_argument("--writer-items", type=int, default=20, help="(w) per writer and site")
    p.add_argument("--writer-rounds", type=int, default=2, help="(w) rounds per site")
    p.add_argument("--only", default="rw", help="the measurements to run")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the files (not the database)")
    args = p.parse_args(argv)
    if args.quick:
        args.duration, args.rounds = min(args.duration, 2.0), 1
        args.writer_items, args.writer_rounds = min(args.writer_items, 3), 1
    return args


def rss_mb(inst):
    """The resident memory of an instance's server process, in MB."""
    status = Path(f"/proc/{inst.server.pid}/status").read_text()
    return (
        int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
        / 1024
    )


def report(out, args, shares, elapsed):
    print()
    if ("r", "kancelaria page", "2 instances") in out:
        print(
            f"(r) anonymous, uncached, through HAProxy: 1 instance against 2 on "
            f"{os.cpu_count()} cores; {args.clients} clients, {args.rounds}×{args.duration:g} s "
            "per URL and mode"
        )
        rows = []
        for name in TARGETS:
            one, two = (out[("r", name, front)] for front in FRONTS)
            rows.append(
                (
                    name,
                    f"{one.rate:,.1f}",
                    f"{two.rate:,.1f}",
                    f"{two.rate / one.rate if one.rate else 0:.2f}",
                    f"{one.median_ms:,.0f}",
                    f"{two.median_ms:,.0f}",
                    one.errors + two.errors,
                )
            )
        for what in ("page", "REST GET"):
            for front in FRONTS:
                s, k = out[("r", f"stock {what}", front)], out[("r", f"kancelaria {what}", front)]
                rows.append(
                    (f"ratio K/S, {what}, {front}", "", "", f"{k.rate / s.rate:.2f}", "", "", "")
                )
        table(rows, ("what", "1 inst/s", "2 inst/s", "2/1", "ms 1", "ms 2", "errors"))
    if ("e", "kancelaria") in out:
        print(
            f"\n(w) {args.writers} writers × {args.writer_items} per site through HAProxy to "
            f"2 instances, {args.writer_rounds} rounds, no client retries"
        )
        s, k = out[("e", "stock")], out[("e", "kancelaria")]
        rows = [
            ("items/s", f"{s['rate']:.1f}", f"{k['rate']:.1f}", f"{k['rate'] / s['rate']:.2f}"),
            ("201 created", s["result"].ok, k["result"].ok, ""),
            ("failed (not 201)", s["result"].failed, k["result"].failed, ""),
            ("conflicts retried", s["retried"], k["retried"], ""),
            ("conflicts unresolved", s["unresolved"], k["unresolved"], ""),
            ("median s", f"{s['result'].latency(0.5):.2f}", f"{k['result'].latency(0.5):.2f}", ""),
            ("slowest s", f"{s['result'].latency(1.0):.1f}", f"{k['result'].latency(1.0):.1f}", ""),
        ]
        table(rows, ("what", "stock", "kancelaria", "ratio K/S"))
        exact = "exactly" if out[("e", "numbers")] else "NOT exactly"
        total = args.writers * args.writer_items
        print(f"Kancelaria's signatures: {exact} 1..{total} (0 duplicates, no gaps).")
    if shares:
        print("Requests each instance got from the balancer of 2: " + ", ".join(shares))
    print(
        f"\nTotal {elapsed / 60:.1f} min; load average now {os.getloadavg()[0]:.2f} "
        f"on {os.cpu_count()} cores."
    )


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Several instances on RelStorage — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    root = Path(tempfile.mkdtemp(prefix="kancelaria-bench-cluster-"))
    conflict_log = root / "conflicts.jsonl"
    bench_environment(conflict_log)
    dsn = dsn_with(DSN, dbname=f"kancelaria_bench_{secrets.token_hex(4)}")
    cluster = Cluster(root, dsn, instances=2, zcml_includes=INCLUDES)
    one = Balancer(root / "one")
    out, shares = {}, []
    try:
        create_database(dsn)
        print("Creating both sites in PostgreSQL (in-process)…", flush=True)
        env = {
            "BENCH_ADMIN": ADMIN[0],
            "BENCH_PASSWORD": ADMIN[1],
            "BENCH_COUNCILLOR": COUNCILLOR,
            "BENCH_STOCK_RESTAPI": "1",
        }
        cluster.instances[0].zconsole(HERE / "zope_setup.py", env, timeout=1800)
        cluster.start(threads=args.threads)
        first = cluster.instances[0]
        one.start({"instance-1": f"127.0.0.1:{first.port}"}, threads=args.threads)
        fronts = {"1 instance": one, "2 instances": cluster.balancer}
        print(f"HAProxy: 2 instances on {cluster.url}, 1 instance on {one.url}", flush=True)
        if "r" in args.only:
            single = argparse.Namespace(**{**vars(args), "rounds": 1})
            for _round in range(args.rounds):  # alternating: a change of load hits both
                for front, balancer in fronts.items():
                    base = SimpleNamespace(base_url=balancer.url)
                    measure(base, single, TARGETS, "r", out, [(front, None)])
        if "w" in args.only:
            print(f"(w) {args.writers} writers through HAProxy to 2 instances…", flush=True)
            bench_writers(
                SimpleNamespace(base_url=cluster.url, conflict_log=conflict_log), args, out
            )
        stats = cluster.balancer.stats()
        shares = [
            f"{name} {int(row['stot']):,} (memory {rss_mb(inst):,.0f} MB)"
            for inst, (name, row) in zip(cluster.instances, stats.items(), strict=True)
        ]
    finally:
        one.stop()
        cluster.stop()
        drop_database(dsn)
        if args.keep:
            print(f"Kept the files in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    report(out, args, shares, time.perf_counter() - started)


if __name__ == "__main__":
    main()
