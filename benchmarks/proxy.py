"""Anonymous public pages through Varnish against nginx serving the same bytes, in one run:
``.venv/bin/python benchmarks/proxy.py`` (``--quick``: a smoke run); also run by ``make bench``.

One Zope (the sites of benchmarks/caching_setup.py: ``kancelaria`` with the demo content, and
``stock``, a stock Plone site given the same caching rules, kancelaria:caching) serves without
its in-process cache, with Varnish (etc/varnish.vcl.in, Debian's varnishd) in front, as
``make start-proxy`` serves. nginx (Debian's, its own configuration and prefix in the
temporary directory) serves, as static files, the very bytes Varnish answers for each page.
The same client, Debian's ``wrk`` (same connections, threads, duration and headers), loads:

(p) each page of the product through Varnish, and its copy from nginx, in alternating rounds
    (which goes first alternates too): the home page, /aktualnosci, a News Item,
    /interpelacje, an interpellation. Goal ≥ 0.5 of nginx.
(s) the stock site's pages of the same kinds through the same Varnish (the stock home page,
    its /aktualnosci, its News Item, a News Item carrying the interpellation's text), and the
    stock News Item uncached, straight from Zope (caching switched off on the stock site:
    the 5.1 req/s anchor of NOTES.md).
See benchmarks/README.md.
"""

from pathlib import Path

import argparse
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(Path(__file__).resolve().parent))

from caching import ADMIN  # noqa: E402
from caching import set_caching  # noqa: E402
from caching import table  # noqa: E402
from instance import Instance  # noqa: E402
from report import parse_setup  # noqa: E402
from scripts.instance import Varnish  # noqa: E402
from scripts.instance import answers  # noqa: E402
from scripts.instance import free_port  # noqa: E402
from scripts.instance import varnishd  # noqa: E402

import load  # noqa: E402

HERE = Path(__file__).resolve().parent
NGINX_CONF = """daemon off;
worker_processes auto;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type text/html;
    gzip_static on;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root}/www;
    }}
}}
"""


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--duration", type=float, default=5.0, help="seconds of wrk per URL, round")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    p.add_argument("--connections", type=int, default=8, help="wrk connections")
    p.add_argument("--wrk-threads", type=int, default=2, help="wrk threads")
    p.add_argument("--threads", type=int, default=4, help="waitress threads")
    p.add_argument(
        "--encoding", default="gzip", help="Accept-Encoding the client sends (gzip, identity)"
    )
    p.add_argument("--quick", action="store_true", help="smoke run: small numbers")
    p.add_argument("--keep", action="store_true", help="keep the temporary instance")
    args = p.parse_args(argv)
    if args.quick:
        args.duration, args.rounds = min(args.duration, 2.0), 1
    return args


class Nginx:
    """Debian's nginx serving files on 127.0.0.1 (a free port), configured and run in a
    temporary directory of its own (not the system's service), removed by ``stop``."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="kancelaria-nginx-"))
        self.root.chmod(0o755)  # nginx's workers (another user) read the files
        self.port = free_port()
        (self.root / "www").mkdir(parents=True, exist_ok=True)
        self.conf = self.root / "nginx.conf"
        self.conf.write_text(NGINX_CONF.format(root=self.root, port=self.port))
        self.server = None

    def add(self, name, plain, gzipped):
        """Serve ``/name``: the plain bytes, and the gzip bytes to clients that accept them."""
        (self.root / "www" / name).write_bytes(plain)
        (self.root / "www" / f"{name}.gz").write_bytes(gzipped)
        return f"http://127.0.0.1:{self.port}/{name}"

    def start(self):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        log = self.root / "error.log"
        cmd = [nginx, "-p", str(self.root), "-c", str(self.conf), "-e", str(log)]
        self.server = subprocess.Popen(cmd, start_new_session=True)
        for _ in range(100):
            if self.server.poll() is None and answers(f"http://127.0.0.1:{self.port}/", 5):
                return
            time.sleep(0.1)
        raise RuntimeError(f"nginx did not start: {log.read_text()[-1000:]}")

    def stop(self):
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=30)
        shutil.rmtree(self.root, ignore_errors=True)


def same_bytes(url):
    """The bytes Varnish answers for ``url``: plain and gzip (as kept, not unzipped)."""
    plain = load.session().get(url, headers={"Accept-Encoding": "identity"}, timeout=60)
    zipped = load.session().get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=60)
    assert plain.status_code == zipped.status_code == 200, url
    assert zipped.headers.get("Content-Encoding") == "gzip", url
    return plain.content, zipped.raw.read(decode_content=False)


def measure(out, key, url, args, connections=None):
    for _ in range(2):  # warm the copy wrk asks for: the same Accept-Encoding
        load.session().get(url, headers={"Accept-Encoding": args.encoding}, timeout=120)
    r = load.wrk(
        url,
        connections=connections or args.connections,
        duration=args.duration,
        threads=args.wrk_threads,
        headers=[f"Accept-Encoding: {args.encoding}"],
    )
    out.setdefault(key, []).append(r)
    print(f"  {key[0]} {key[1]}: {r.rate:,.0f} req/s, {r.errors} errors", flush=True)


def rate(runs):
    return sum(r.rate for r in runs) / len(runs) if runs else 0.0


def errors(runs):
    return sum(r.errors for r in runs)


def report(out, pages, stock_pairs, args, elapsed):
    print(
        f"\n(p) anonymous through Varnish against nginx serving the same bytes (goal ≥ 0.5); "
        f"wrk {args.wrk_threads} threads, {args.connections} connections, "
        f"{args.rounds}×{args.duration:g} s per URL, Accept-Encoding: {args.encoding}"
    )
    rows = []
    for name in pages:
        v, n = out[("varnish", name)], out[("nginx", name)]
        rows.append(
            (
                name,
                f"{rate(v):,.0f}",
                f"{rate(n):,.0f}",
                f"{rate(v) / rate(n) if rate(n) else 0:.2f}",
                errors(v) + errors(n),
            )
        )
    table(rows, ("page", "Varnish/s", "nginx/s", "ratio", "errors"))
    print("\n(s) the product through Varnish against stock Plone (same rules, same Varnish)")
    rows = []
    for name, stock_name in stock_pairs.items():
        k, s = out[("varnish", name)], out[("stock", stock_name)]
        rows.append(
            (
                f"{name} / stock {stock_name}",
                f"{rate(k):,.0f}",
                f"{rate(s):,.0f}",
                f"{rate(k) / rate(s) if rate(s) else 0:.2f}",
                errors(s),
            )
        )
    u = out.get(("uncached", "stock News Item"), [])
    k = out[("varnish", "a News Item")]
    rows.append(
        (
            "a News Item / stock News Item uncached (Zope, no proxy)",
            f"{rate(k):,.0f}",
            f"{rate(u):,.1f}",
            f"{rate(k) / rate(u) if rate(u) else 0:,.0f}",
            errors(u),
        )
    )
    table(rows, ("page", "product/s", "stock/s", "ratio", "errors"))
    print(f"\nTotal {elapsed / 60:.1f} min; load {os.getloadavg()[0]:.2f} at the end.")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    missing = [
        t for t in ("wrk", "nginx") if not (shutil.which(t) or Path(f"/usr/sbin/{t}").exists())
    ]
    missing += ["varnish"] if varnishd() is None else []
    if missing:  # `make bench` goes on without this part
        print(f"benchmarks/proxy.py SKIPPED: apt-get install {' '.join(missing)}")
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    print(
        f"The public site through Varnish — {datetime.datetime.now():%Y-%m-%d %H:%M}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    inst = Instance(threads=args.threads)
    varnish = nginx = None
    out = {}
    try:
        print("Creating both sites (in-process)…", flush=True)
        env = {"BENCH_ADMIN": ADMIN[0], "BENCH_PASSWORD": ADMIN[1], "BENCH_STOCK_CACHING": "1"}
        setup = parse_setup(inst.zconsole(HERE / "caching_setup.py", env, timeout=1800))
        inst.start(shared_cache=False)
        varnish = Varnish(inst.root, inst.port)
        varnish.start()
        nginx = Nginx()
        news = f"aktualnosci/{setup['news']}"
        pages = {
            "home": "kancelaria",
            "/aktualnosci": "kancelaria/aktualnosci",
            "a News Item": f"kancelaria/{news}",
            "/interpelacje": "kancelaria/interpelacje",
            "an interpellation": f"kancelaria/{setup['interpellation']}",
        }
        stock = {
            "home": "stock",
            "/aktualnosci": "stock/aktualnosci",
            "News Item": f"stock/{news}",
            "News Item, the interpellation's text": "stock/aktualnosci/interpelacja",
        }
        stock_pairs = {
            "home": "home",
            "/aktualnosci": "/aktualnosci",
            "a News Item": "News Item",
            "/interpelacje": "/aktualnosci",
            "an interpellation": "News Item, the interpellation's text",
        }
        urls = {}
        for i, (name, path) in enumerate(pages.items()):
            urls[("varnish", name)] = f"{varnish.base_url}/{path}"
            load.warm(urls[("varnish", name)], times=2)
            plain, zipped = same_bytes(urls[("varnish", name)])
            urls[("nginx", name)] = nginx.add(f"page{i}.html", plain, zipped)
            print(f"  {name}: {len(plain) / 1024:,.1f} KB, gzip {len(zipped) / 1024:,.1f} KB")
        nginx.start()
        for name, path in stock.items():
            urls[("stock", name)] = f"{varnish.base_url}/{path}"
        for round_ in range(args.rounds):
            print(f"Round {round_ + 1}/{args.rounds}…", flush=True)
            for name in pages:
                pair = [("varnish", name), ("nginx", name)]
                for key in pair if round_ % 2 == 0 else reversed(pair):
                    measure(out, key, urls[key], args)
            for name in stock:
                measure(out, ("stock", name), urls[("stock", name)], args)
            set_caching(inst, False, site="stock")
            try:
                measure(out, ("uncached", "stock News Item"), f"{inst.base_url}/stock/{news}", args)
            finally:
                set_caching(inst, True, site="stock")
    finally:
        for server in (nginx, varnish):
            if server is not None:
                server.stop()
        inst.remove(keep=args.keep)
    report(out, pages, stock_pairs, args, time.perf_counter() - started)


if __name__ == "__main__":
    main()
