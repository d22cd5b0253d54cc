"""The office at 1,000, 10,000 and 100,000 items: the registers, the desk, the deadlines, the
statistics, the public register and REST search, against a stock Plone of the same sizes, in
one run: ``.venv/bin/python benchmarks/volume.py`` (``--quick``: a smoke run).

One site grows: the generator (``kancelaria.volume``) fills it to the first size, the URLs
are measured, it grows to the next size, and so on; the stock site's folder of Documents
grows with it. Both sites live in one temporary FileStorage served by one waitress process
(the same ``Instance`` as ``make bench``), restarted at each size (a cold start, then the
URLs warmed); URLs are loaded in alternating rounds. After the last size: the server's RSS
against the ZODB cache it was given. See benchmarks/README.md.

``--keep-sizes DIR``: a copy of the instance is kept in DIR/N at each size N. ``--measure
DIR/N,…``: nothing is grown; the kept instances, their sites upgraded to the current profile
(``volume_kept.py``), are measured in turn, in one run (the sizes read off the sites), so
the three sizes are measured after a change of the code without generating 100,000 items
again.
"""

from pathlib import Path

import argparse
import datetime
import html
import json
import os
import re
import requests
import shutil
import signal
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instance import Instance  # noqa: E402
from report import parse_setup  # noqa: E402

import load  # noqa: E402

HERE = Path(__file__).resolve().parent
ADMIN = ("admin", "admin")
USER_PASSWORD = "wolumen-2026"
#: The generator's people (the demo's): the clerk, the mayor, a department (WOIK).
CLERK = ("ewa.nowicka", USER_PASSWORD)
MAYOR = ("tomasz.wrobel", USER_PASSWORD)
DEPARTMENT = ("piotr.dabrowski", USER_PASSWORD)
K = "kancelaria"
#: name → (path, credentials, JSON?, what a right answer contains, stock baseline).
TARGETS = {
    "stock listing (50 rows)": ("stock/dokumenty?b_size=50", ADMIN, False, "item-", None),
    "stock @search (25)": (
        "stock/@search?portal_type=Document&sort_on=created&sort_order=descending&b_size=25",
        ADMIN,
        True,
        '"items_total"',
        None,
    ),
    "correspondence register, clerk": (
        f"{K}/kancelaria/korespondencja",
        CLERK,
        False,
        "kancelaria-register",
        "stock listing (50 rows)",
    ),
    "/interpelacje, clerk": (
        f"{K}/interpelacje",
        CLERK,
        False,
        "kancelaria-register",
        "stock listing (50 rows)",
    ),
    "/interpelacje searched+sorted, clerk": (
        f"{K}/interpelacje?q=remontu+nawierzchni&sort_on=deadline",
        CLERK,
        False,
        "kancelaria-register",
        "stock listing (50 rows)",
    ),
    "/interpelacje, anonymous": (
        f"{K}/interpelacje",
        None,
        False,
        "kancelaria-register",
        "stock listing (50 rows)",
    ),
    "@stats, clerk": (f"{K}/interpelacje/@stats", CLERK, True, '"year"', "stock @search (25)"),
    "desk page, mayor": (
        f"{K}/kancelaria",
        MAYOR,
        False,
        "kancelaria-desk-count",
        "stock listing (50 rows)",
    ),
    "desk page, department": (
        f"{K}/kancelaria",
        DEPARTMENT,
        False,
        "kancelaria-desk-count",
        "stock listing (50 rows)",
    ),
    "@desk, mayor": (f"{K}/kancelaria/@desk", MAYOR, True, '"queues"', "stock @search (25)"),
    "@desk, department": (
        f"{K}/kancelaria/@desk",
        DEPARTMENT,
        True,
        '"queues"',
        "stock @search (25)",
    ),
    "deadlines page, clerk": (
        f"{K}/kancelaria/terminy",
        CLERK,
        False,
        "kancelaria-register",
        "stock listing (50 rows)",
    ),
    "@deadlines overdue, clerk": (
        f"{K}/kancelaria/@deadlines?status=overdue",
        CLERK,
        True,
        '"items"',
        "stock @search (25)",
    ),
    "@deadlines due in 7 days, dept": (
        f"{K}/kancelaria/@deadlines?within=7",
        DEPARTMENT,
        True,
        '"items"',
        "stock @search (25)",
    ),
    "@search (25), clerk": (
        f"{K}/@search?portal_type=IncomingLetter&sort_on=created&sort_order=descending&b_size=25",
        CLERK,
        True,
        '"items_total"',
        "stock @search (25)",
    ),
}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--sizes", default="1000,10000,100000", help="sizes, comma separated")
    p.add_argument("--years", type=float, default=10.0, help="years the items are spread over")
    p.add_argument("--duration", type=float, default=5.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=2, help="alternating rounds of all URLs")
    p.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--only", default="", help="measure only the URLs whose name contains this")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    p.add_argument("--keep-sizes", default="", help="keep a copy of the instance at each size here")
    p.add_argument("--measure", default="", help="measure these kept instances (comma separated)")
    args = p.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.measure = [Path(d) for d in args.measure.split(",") if d.strip()]
    if args.quick:
        args.sizes = [100, 300]
        args.duration, args.rounds = min(args.duration, 1.5), 1
    return args


def targets(args):
    return {n: t for n, t in TARGETS.items() if args.only in n or t[4] is None}


def rss_mb(pid):
    """Resident memory of the process ``pid`` and its children (runwsgi), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def zodb_caches(inst):
    """``(objects in all of the instance's ZODB caches, its connections' caches, the target
    per cache)`` from Zope's Database control panel, as the admin."""
    page = requests.get(
        f"{inst.base_url}/Control_Panel/Database/main/manage_main", auth=ADMIN, timeout=60
    ).text
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())

    def number(label):
        return int(re.search(re.escape(label) + r" (\d+)", text).group(1))

    caches = len(re.findall(r"ZODB\.Connection\.Connection object", html.unescape(text)))
    return (
        number("Total number of objects in memory from all caches"),
        caches,
        number("Target number of objects in memory per cache"),
    )


def measure(inst, args):
    out, runs = {}, {}
    for name, (path, auth, json_api, needle, _base) in targets(args).items():
        url = f"{inst.base_url}/{path}"
        resp = load.expect(name, url, auth, needle, json_api)
        out[name] = {"kb": len(resp.content) / 1024, "result": load.Throughput()}
        runs[name] = (url, auth, json_api)
    results = {name: entry["result"] for name, entry in out.items()}
    load.alternate(runs, results, args.rounds, args.clients, args.duration)
    return out


def print_table(runs, args, memory, elapsed):
    sizes = [size for size, _out in runs]
    first, last = runs[0][1], runs[-1][1]
    head = ["URL", *(f"req/s {s:,}" for s in sizes), f"× stock at {sizes[-1]:,}"]
    head.append(f"{sizes[0]:,}/{sizes[-1]:,}")
    rows = []
    for name in first:
        rates = [out[name]["result"].rate for _size, out in runs]
        base = targets(args)[name][4]
        stock = last[base]["result"].rate if base else 0
        ratio = f"{rates[-1] / stock:.2f}" if stock else "—"
        flat = f"{rates[0] / rates[-1]:.2f}" if rates[-1] else "—"
        rows.append([name, *(f"{r:.1f}" for r in rates), ratio, flat])
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    print()
    print(
        "req/s at each size; × stock: against the stock page (folder listing, 50 rows) or the "
        "stock @search of the same size; the last column: slowdown from the first size to the "
        "last (goal: at most 2)."
    )
    for row in [head, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    errors = sum(e["result"].errors for _s, out in runs for e in out.values())
    print(
        f"\n{args.clients} clients, {args.rounds}×{args.duration:g} s per URL; failed "
        f"requests (non-200): {errors}. Memory: {memory}. Total {elapsed / 60:.1f} min; load "
        f"average now {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores."
    )
    print(
        "BENCH_VOLUME "
        + json.dumps(
            {
                str(size): {n: round(e["result"].rate, 2) for n, e in out.items()}
                for size, out in runs
            }
        )
    )


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"Volume benchmark — {datetime.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.2f}; sizes {args.sizes}, {args.rounds}×{args.duration:g}s "
        f"per URL, {args.clients} clients, {args.threads} server threads",
        flush=True,
    )
    if args.measure:
        return measure_kept(args, started)
    inst = Instance(threads=args.threads)
    env = {
        "BENCH_ADMIN": ADMIN[0],
        "BENCH_PASSWORD": ADMIN[1],
        "DEMO_PASSWORD": USER_PASSWORD,
        "BENCH_YEARS": str(args.years),
    }
    runs, memory = [], "not measured"
    try:
        print("Creating both sites…", flush=True)
        parse_setup(inst.zconsole(HERE / "volume_setup.py", {**env, "BENCH_STEP": "create"}))
        for size in args.sizes:
            print(f"Growing both sites to {size:,} items (in-process)…", flush=True)
            setup = parse_setup(
                inst.zconsole(
                    HERE / "volume_setup.py",
                    {**env, "BENCH_STEP": "grow", "BENCH_SIZE": str(size)},
                    timeout=6 * 3600,
                )
            )
            print(f"  {json.dumps(setup)}", flush=True)
            if args.keep_sizes:
                copy = Path(args.keep_sizes) / str(size)
                shutil.copytree(inst.root, copy, dirs_exist_ok=True)
                print(f"  kept a copy in {copy}", flush=True)
            memory = measure_size(inst, size, args, runs)
    finally:
        inst.remove(keep=args.keep)
    if runs:
        print_table(runs, args, memory, time.perf_counter() - started)


def measure_size(inst, size, args, runs):
    """Serve ``inst``, measure it at ``size`` into ``runs``; returns its RSS, as text."""
    inst.start()
    try:
        runs.append((size, measure(inst, args)))
        objects, caches, target = zodb_caches(inst)
        return (
            f"{rss_mb(inst.server.pid):.0f} MB RSS at {size:,} items; ZODB caches: "
            f"{objects:,} objects in {caches} (cache-size {target:,} objects each)"
        )
    finally:
        inst.stop()


def measure_kept(args, started):
    """``--measure``: the kept instances, smallest first, each at the size its site holds."""
    runs, memory = [], "not measured"
    for root in args.measure:
        inst = Instance(threads=args.threads, root=root)
        size = int(inst.zconsole(HERE / "volume_kept.py").split("VOLUME_SIZE ")[1].split()[0])
        print(f"Measuring {root} ({size:,} items)…", flush=True)
        memory = measure_size(inst, size, args, runs)
    print_table(runs, args, memory, time.perf_counter() - started)


if __name__ == "__main__":
    main()
