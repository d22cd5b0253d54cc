"""The final table of the benchmark: metric, stock, kancelaria, ratio (K / S)."""

import json
import os


def parse_setup(stdout):
    for line in stdout.splitlines():
        if line.startswith("BENCH_SETUP "):
            return json.loads(line[len("BENCH_SETUP ") :])
    return {}


def _ratio(stock, kancelaria):
    return f"{kancelaria / stock:.2f}" if stock else "—"


def _rows(out, args):
    if ("a", "stock") in out:
        a_s, a_k = out[("a", "stock")], out[("a", "kancelaria")]
        yield "(a) REST create, items/s", "higher", a_s["rate"], a_k["rate"], 1
    labels = {"b": "(b) anon News Item", "c": f"(c) listing {args.listing_items:,}"}
    for key, label in labels.items():
        if (key, "stock") not in out:
            continue
        s, k = out[(key, "stock")], out[(key, "kancelaria")]
        yield f"{label}, req/s", "higher", s["rate"], k["rate"], 1
        s_ms, k_ms = s["result"].median_ms, k["result"].median_ms
        yield f"{label}, median ms", "lower", s_ms, k_ms, 0
        yield f"{label}, page KB", "lower", s["kb"], k["kb"], 1
        if key == "c":
            yield f"{label}, rows on page", "", s["rows"], k["rows"], 0
            s50 = out[("c", "stock50")]
            yield (
                f"{label}, stock at {s50['rows']} rows, req/s",
                "higher",
                s50["rate"],
                k["rate"],
                1,
            )
            yield (f"{label}, stock at {s50['rows']} rows, KB", "lower", s50["kb"], k["kb"], 1)
    if ("c", "stock50") in out:
        s50, k2 = out[("c", "stock50")], out[("c", "interpellations")]
        label = f"(c2) interpellations {args.listing_items:,}"  # stock: listing at 50 rows
        yield f"{label}, req/s", "higher", s50["rate"], k2["rate"], 1
        yield f"{label}, median ms", "lower", s50["result"].median_ms, k2["result"].median_ms, 0
        yield f"{label}, page KB", "lower", s50["kb"], k2["kb"], 1
        yield f"{label}, rows on page", "", s50["rows"], k2["rows"], 0
        k3 = out.get(("c", "interpellations_q"))
        if k3:
            label = f"(c3) interpellations {args.listing_items:,}, text search + sort"
            yield f"{label}, req/s", "higher", s50["rate"], k3["rate"], 1
            s_ms, k_ms = s50["result"].median_ms, k3["result"].median_ms
            yield f"{label}, median ms", "lower", s_ms, k_ms, 0
    if ("e", "stock") in out:
        e_s, e_k = out[("e", "stock")], out[("e", "kancelaria")]
        r_s, r_k = e_s["result"], e_k["result"]
        label = f"(e) {args.writers} writers"
        yield f"{label}, items/s", "higher", e_s["rate"], e_k["rate"], 1
        yield f"{label}, 201 created", None, r_s.ok, r_k.ok, 0
        yield f"{label}, failed (5xx)", None, r_s.server_errors, r_k.server_errors, 0
        yield f"{label}, conflicts retried", None, e_s["retried"], e_k["retried"], 0
        yield f"{label}, conflicts unresolved", None, e_s["unresolved"], e_k["unresolved"], 0
        cmfuid = "Products.CMFUid.UniqueIdGeneratorTool.UniqueIdGeneratorTool"
        yield (
            f"{label}, conflicts on CMFUid's counter",
            None,
            e_s["by_class"][cmfuid],
            e_k["by_class"][cmfuid],
            0,
        )
        yield f"{label}, median s", "lower", r_s.latency(0.5), r_k.latency(0.5), 2
        yield f"{label}, slowest s", "lower", r_s.latency(1.0), r_k.latency(1.0), 1
    setup = out.get("setup") or {}
    rebuild = setup.get("reindex") or {}
    if rebuild.get("stock") and rebuild.get("kancelaria"):
        s, k = rebuild["stock"], rebuild["kancelaria"]
        yield (
            f"(d) rebuild SearchableText, s (objects: {s['objects']:,} / {k['objects']:,})",
            "lower",
            s["s"],
            k["s"],
            1,
        )
        yield (
            "(d) rebuild SearchableText, objects/s",
            "higher",
            s["objects"] / s["s"],
            k["objects"] / k["s"],
            0,
        )
    n, secs = setup.get("fill") or {}, setup.get("fill_s") or {}
    if not secs.get("stock"):
        return
    for name, what in (("interpellations", "Interpellation"), ("register", "test case")):
        if n.get(name) and secs.get(name):
            yield (
                f"setup: in-process create, {what}, items/s",
                "higher",
                n["stock"] / secs["stock"],
                n[name] / secs[name],
                1,
            )


def print_table(out, args, elapsed):
    head = ("metric", "stock", "kancelaria", "ratio K/S", "better")
    rows = [
        (
            name,
            f"{s:,.{digits}f}",
            f"{k:,.{digits}f}",
            _ratio(s, k) if better is not None else "",  # None: counts, no ratio
            f"{better} ratio" if better else "",
        )
        for name, better, s, k, digits in _rows(out, args)
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def line(cells):
        return "  ".join(
            c.ljust(w) if i in (0, 4) else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    print()
    print(
        "Ratio = kancelaria / stock. For rates (items/s, req/s) a ratio above 1 "
        "means Kancelaria is faster; for ms and KB, below 1 means it is lighter."
    )
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    errors = sum(v["result"].errors for k, v in out.items() if k[0] in "bc")
    a_count = out.get(("a", "stock"), {}).get("count", 0)
    print(
        f"\n(a) {a_count} items per site, one POST at a time; (b)+(c): "
        f"{args.clients} clients, {args.rounds}×{args.duration:g} s per URL; "
        f"HTTP errors: {errors}. (c2), (c3): the stock column is the stock listing at 50 "
        "rows."
    )
    if ("e", "numbers") in out:
        total = args.writers * args.writer_items
        print(
            f"(e) {args.writers} writers × {args.writer_items} per site, "
            f"{args.writer_rounds} rounds, no client retries; Kancelaria's signatures "
            + (f"exactly 1..{total}." if out[("e", "numbers")] else f"NOT exactly 1..{total}!")
        )
    print(
        f"Total {elapsed / 60:.1f} min; load average now {os.getloadavg()[0]:.2f} "
        f"on {os.cpu_count()} cores."
    )
