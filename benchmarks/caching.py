"""The public site's speed, in one run: ``.venv/bin/python benchmarks/caching.py``
(``--quick``: a smoke run); also run by ``make bench``.

(i) each anonymous page type of the Kancelaria site with the product's caching
(plone.app.caching as kancelaria:default configures it) against the same page with caching
switched off on the same site (``plone.caching.interfaces.ICacheSettings.enabled``, over
``PATCH @registry``, between rounds): the home page, /aktualnosci, a News Item,
/interpelacje, an interpellation, /kontakt, /patronaty and a REST GET. Goal ≥ 40×.
(j) uncached, the product against stock Plone (no plone.app.caching), same server: the
answered interpellation's page against a stock News Item carrying the same title, text and
answer; its REST GET against the stock News Item's; and registration over REST (a versioned
Interpellation) against creating a versioned Document. Goal ≥ 1.0×.
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
ENABLED = "plone.caching.interfaces.ICacheSettings.enabled"
#: The longest ``s-maxage`` of kancelaria:default's caching rules (profiles/caching).
SHARED_MAX_AGE = 10
TEXT = "Proszę o informację, kiedy zostanie naprawione oświetlenie ulicy Polnej."


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--duration", type=float, default=5.0, help="seconds of load per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds (cached, uncached)")
    p.add_argument("--clients", type=int, default=8, help="concurrent client threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument("--items", type=int, default=60, help="(j) registrations per site")
    p.add_argument("--only", default="ij", help="the measurements to run")
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.duration, args.rounds, args.items = min(args.duration, 2.0), 1, min(args.items, 10)
    return args


def set_caching(inst, enabled, site="kancelaria"):
    s = load.session(ADMIN, json_api=True)
    resp = s.patch(f"{inst.base_url}/{site}/@registry", json={ENABLED: enabled}, timeout=60)
    if resp.status_code != 204:
        raise RuntimeError(f"PATCH @registry: {resp.status_code} {resp.text[:300]}")


def measure(inst, args, targets, label, out, modes):
    """``targets``: {name: (site, path, json_api)}; ``modes``: [(mode, caching on?)]."""
    for name in targets:
        for mode, _on in modes:
            out.setdefault((label, name, mode), load.Throughput())
    for _round in range(args.rounds):
        for mode, on in modes:
            if on is not None:
                set_caching(inst, on)
            for name, (site, path, json_api) in targets.items():
                url = f"{inst.base_url}/{site}/{path}".rstrip("/")
                load.warm(url, None, times=2, json_api=json_api)
                r = load.throughput(
                    url, None, clients=args.clients, duration=args.duration, json_api=json_api
                )
                out[(label, name, mode)].add(r)
                print(f"  ({label}) {name}, {mode}: {r.rate:.1f} req/s", flush=True)


def wire_sizes(inst, out):
    """Bytes on the wire, plain and gzip: the home page, an interpellation, the bundles."""
    import re

    home = f"{inst.base_url}/kancelaria"
    page = load.fetch(home)
    urls = {"home page": home, "an interpellation": f"{home}/{out['interpellation']}"}
    for url in re.findall(r'(?:src|href)="([^"]+\.min\.(?:js|css)[^"]*)"', page.text):
        urls[url.rsplit("/", 1)[-1]] = url
    for name, url in urls.items():
        sizes = []
        for encoding in ("identity", "gzip"):
            resp = load.session().get(
                url, headers={"Accept-Encoding": encoding}, stream=True, timeout=load.TIMEOUT
            )
            sizes.append(len(resp.raw.read(decode_content=False)))
        out[("wire", name)] = sizes
        print(
            f"  (w) {name}: {sizes[0] / 1024:,.1f} KB, gzip {sizes[1] / 1024:,.1f} KB", flush=True
        )


def create(inst, site, container, payloads):
    n, secs, _last = load.create_items(
        f"{inst.base_url}/{site}/{container}", ADMIN, payloads, time_limit=600
    )
    return n, secs


def bench_create(inst, args, setup, out):
    body = {"title": "Pismo REST nr {i} w sprawie oświetlenia ulicy"}

    def payloads(portal_type, first, count):
        for i in range(first, first + count):
            item = {
                "@type": portal_type,
                "title": body["title"].format(i=i),
                "text": {"data": f"<p>{TEXT}</p>", "content-type": "text/html"},
            }
            if portal_type == "Interpellation":
                item.update(kind="interpellation", councillor=setup["councillor"])
            yield item

    totals = {"stock": [0, 0.0], "kancelaria": [0, 0.0]}
    chunk = max(1, args.items // 3)
    for first in range(0, args.items, chunk):
        count = min(chunk, args.items - first)
        for site, container, portal_type in (
            ("stock", "dokumenty", "Document"),
            ("kancelaria", "interpelacje", "Interpellation"),
        ):
            n, secs = create(inst, site, container, list(payloads(portal_type, first, count)))
            totals[site][0] += n
            totals[site][1] += secs
    for site, (n, secs) in totals.items():
        out[("j", "create", site)] = n / secs if secs else 0.0


def table(rows, head):
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    print(
        "  ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(head, widths, strict=True))
        )
    )
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(
            "  ".join(
                str(c).ljust(w) if i == 0 else str(c).rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


def report(out, args, targets_i, targets_j, elapsed):
    print()
    if targets_i:
        print(
            f"(i) anonymous, with the product's caching against caching off (goal ≥ 40×); "
            f"{args.clients} clients, {args.rounds}×{args.duration:g} s per URL and mode"
        )
        rows = []
        for name in targets_i:
            on, off = out[("i", name, "cached")], out[("i", name, "uncached")]
            ratio = on.rate / off.rate if off.rate else 0.0
            rows.append(
                (
                    name,
                    f"{off.rate:,.1f}",
                    f"{on.rate:,.1f}",
                    f"{ratio:,.1f}",
                    f"{off.median_ms:,.0f}",
                    f"{on.median_ms:,.1f}",
                    on.errors + off.errors,
                )
            )
        table(rows, ("page", "uncached/s", "cached/s", "ratio", "ms off", "ms on", "errors"))
    if targets_j:
        print("\n(j) uncached: Kancelaria against stock Plone (goal ≥ 1.0)")
        rows = []
        for name in targets_j:
            s, k = out[("j", name, "stock")], out[("j", name, "kancelaria")]
            rows.append(
                (
                    name,
                    f"{s.rate:,.1f}",
                    f"{k.rate:,.1f}",
                    f"{k.rate / s.rate if s.rate else 0:.2f}",
                )
            )
        if ("j", "create", "stock") in out:
            s, k = out[("j", "create", "stock")], out[("j", "create", "kancelaria")]
            rows.append(
                (
                    "REST registration vs versioned Document, items/s",
                    f"{s:,.1f}",
                    f"{k:,.1f}",
                    f"{k / s if s else 0:.2f}",
                )
            )
        table(rows, ("what", "stock", "kancelaria", "ratio K/S"))
    wire = [(k[1], v) for k, v in out.items() if isinstance(k, tuple) and k[0] == "wire"]
    if wire:
        print("\n(w) bytes on the wire, anonymous: plain and with Accept-Encoding: gzip")
        rows = [
            (n, f"{p / 1024:,.1f}", f"{g / 1024:,.1f}", f"{g / p if p else 0:.2f}")
            for n, (p, g) in wire
        ]
        table(rows, ("what", "KB", "gzip KB", "ratio"))
    print(f"\nTotal {elapsed / 60:.1f} min.")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"The public site's caching — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    out, targets_i, targets_j = {}, {}, {}
    try:
        print("Creating both sites (in-process)…", flush=True)
        env = {"BENCH_ADMIN": ADMIN[0], "BENCH_PASSWORD": ADMIN[1]}
        setup = parse_setup(inst.zconsole(HERE / "caching_setup.py", env, timeout=1800))
        inst.start()
        print(f"Server on {inst.base_url} (pid {inst.server.pid})", flush=True)
        interpellation, news = setup["interpellation"], f"aktualnosci/{setup['news']}"
        out["interpellation"] = interpellation
        print("(w) bytes on the wire…", flush=True)
        wire_sizes(inst, out)
        if "i" in args.only:
            targets_i = {
                "home": ("kancelaria", "", False),
                "/aktualnosci": ("kancelaria", "aktualnosci", False),
                "a News Item": ("kancelaria", news, False),
                "/interpelacje": ("kancelaria", "interpelacje", False),
                "an interpellation": ("kancelaria", interpellation, False),
                "/kontakt": ("kancelaria", "kontakt", False),
                "/patronaty": ("kancelaria", "patronaty", False),
                "REST GET, a News Item": ("kancelaria", news, True),
                "REST GET, an interpellation": ("kancelaria", interpellation, True),
            }
            print("(i) cached against uncached…", flush=True)
            measure(inst, args, targets_i, "i", out, [("cached", True), ("uncached", False)])
        if "j" in args.only:
            set_caching(inst, False)
            # What the shared cache kept while caching was on ((w), (i)) is served until its
            # s-maxage runs out; (j) measures rendering, never a kept copy.
            time.sleep(SHARED_MAX_AGE + 1)
            print("(j) uncached, against stock…", flush=True)
            pairs = {
                "interpellation page vs stock News Item page": (
                    ("stock", "aktualnosci/interpelacja", False),
                    ("kancelaria", interpellation, False),
                ),
                "interpellation REST GET vs stock News Item REST GET": (
                    ("stock", "aktualnosci/interpelacja", True),
                    ("kancelaria", interpellation, True),
                ),
            }
            one = argparse.Namespace(**{**vars(args), "rounds": 1})
            for _round in range(args.rounds):  # alternating: a change of load hits both
                for name, (stock, kancelaria) in pairs.items():
                    targets_j[name] = None
                    measure(inst, one, {name: stock}, "j", out, [("stock", None)])
                    measure(inst, one, {name: kancelaria}, "j", out, [("kancelaria", None)])
            if args.items:
                bench_create(inst, args, setup, out)
    finally:
        inst.remove(keep=args.keep)
    report(out, args, targets_i, targets_j, time.perf_counter() - started)


if __name__ == "__main__":
    main()
