"""The Zope instance: its configuration rendered from the templates in etc/, and its server.

One place renders ``etc/zope.conf.in``, ``etc/site.zcml`` and ``etc/zope.ini.in`` and starts
``runwsgi``: the Makefile (``make instance``, ``make start``), the tests (``tests/ops``) and the
benchmarks use it, so each serves the way ``make start`` does.

    python scripts/instance.py conf [--root DIR] [--dsn DSN]  # DIR/var/etc/zope.conf, site.zcml
    python scripts/instance.py serve [--root DIR] [--host H] [--port N] [--site Plone]
    python scripts/instance.py serve-proxy [--root DIR] [--host H] [--port N] [--zope-port N]

The main database is a FileStorage under DIR/var (etc/zodb-filestorage.conf.in), or with
``--dsn`` RelStorage on that PostgreSQL database (etc/zodb-relstorage.conf.in; blobs in the
database, DIR/var holds only this instance's caches and logs: ``make cluster``).

``serve`` runs ``runwsgi`` (from the Python running this script, so run it with the venv's),
whose Zope first creates the site (or runs its upgrades: ``kancelaria.scripts.site``), waits
until the site answers and then prints its address as the last line. ``serve-proxy`` does the
same behind Varnish (``etc/varnish.vcl.in``, Debian's varnishd): Varnish on PORT, Zope on
ZOPE_PORT (a free one unless given) without its in-process shared cache. ``conf`` needs only
the standard library.
"""

from pathlib import Path

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

REPO = Path(__file__).resolve().parent.parent
ETC = REPO / "etc"
VAR_DIRS = ("etc", "log", "cache")
#: The directories of each storage's own files under var/.
STORAGE_DIRS = {
    "filestorage": ("filestorage", "blobstorage"),
    "relstorage": ("blobcache", "relstorage-cache"),
}
#: An address waitress listens on that a browser cannot open: use the loopback address.
ANY_HOST = ("", "0.0.0.0", "::")


def fill(template, **values):
    text = (ETC / template).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key.upper()}@", str(value))
    return text


def render_conf(root, zcml_includes=(), dsn=None):
    """Write ROOT/var/etc/zope.conf and site.zcml: FileStorage and blobs under ROOT/var, or
    with ``dsn`` (a libpq connection string) RelStorage on that PostgreSQL database.

    ``zcml_includes``: extra lines for site.zcml (the benchmarks add the test-only type)."""
    var = Path(root).resolve() / "var"
    storage = "relstorage" if dsn else "filestorage"
    for sub in (*VAR_DIRS, *STORAGE_DIRS[storage]):
        (var / sub).mkdir(parents=True, exist_ok=True)
    zodb_db = fill(f"zodb-{storage}.conf.in", dsn=dsn)
    conf = fill("zope.conf.in", root=var.parent, zodb_db=zodb_db)
    (var / "etc" / "zope.conf").write_text(conf, "utf-8")
    zcml = (ETC / "site.zcml").read_text(encoding="utf-8")
    head, end, tail = zcml.rpartition("</configure>")
    extra = "".join(f"  {line}\n" for line in zcml_includes)
    (var / "etc" / "site.zcml").write_text(head + extra + end + tail, encoding="utf-8")
    return var / "etc" / "zope.conf"


def render_ini(root, port, host="127.0.0.1", threads=4, ensure_site=False, shared_cache=True):
    """Write ROOT/var/etc/zope.ini: the waitress server of the instance. ``ensure_site``: the
    server creates the site (``kancelaria.scripts.site``) before it listens.
    ``shared_cache=False``: without the ``cache`` filter of the pipeline (a caching proxy,
    Varnish, is in front and does its work)."""
    var = Path(root).resolve() / "var"
    ini = var / "etc" / "zope.ini"
    values = dict(root=var.parent, port=port, host=host, threads=threads)
    text = fill("zope.ini.in", ensure_site=str(ensure_site).lower(), **values)
    if not shared_cache:
        text = re.sub(r"(?m)^\s+cache\n", "", text)
    ini.write_text(text, "utf-8")
    return ini


def render_vcl(root, backend_port, backend_host="127.0.0.1"):
    """Write ROOT/var/etc/varnish.vcl: Varnish in front of Zope at backend_host:port."""
    var = Path(root).resolve() / "var"
    vcl = var / "etc" / "varnish.vcl"
    vcl.write_text(
        fill("varnish.vcl.in", backend_host=backend_host, backend_port=backend_port), "utf-8"
    )
    return vcl


def varnishd():
    """Debian's varnishd (in /usr/sbin, which a user's PATH may lack), or None."""
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")


def reachable(host):
    """The address to connect to for a server listening on ``host``."""
    return "127.0.0.1" if host in ANY_HOST else host


def browser_url(host, port, site=""):
    """The address a person opens for ``host``: the loopback address for 0.0.0.0 / ::."""
    host = reachable(host)
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}/{site}".rstrip("/")


def answers(url, timeout=60):
    """True once the server answers ``url`` with anything but a server error."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError as error:
        return error.code < 500
    except OSError:
        return False


def wait_until_served(proc, url, timeout=None):
    """Wait until ``url`` answers; False if the server exits (or ``timeout`` s pass) first."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while deadline is None or time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if answers(url):
            return True
        time.sleep(0.5)
    return False


def free_port(candidates=None):
    """A port nobody listens on: the first free one of ``candidates``, else one the system
    chooses (no two concurrent runs pick the same)."""
    for port in candidates or (0,):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in {candidates.start}-{candidates.stop - 1}")


def runwsgi():
    return str(Path(sys.executable).parent / "runwsgi")


class Instance:
    """A Zope instance under ``root`` (its data in ROOT/var) and its waitress server."""

    def __init__(self, root, zcml_includes=(), dsn=None):
        self.root = Path(root).resolve()
        self.var = self.root / "var"
        self.dsn = dsn
        self.zope_conf = render_conf(self.root, zcml_includes, dsn)
        self.server = None
        self.port = None

    @property
    def base_url(self):
        return browser_url("127.0.0.1", self.port)

    def zconsole(self, script, env=None, timeout=600):
        """Run a script inside Zope (``zconsole run``; no server running); return its stdout."""
        cmd = [str(Path(sys.executable).parent / "zconsole"), "run", str(self.zope_conf)]
        proc = subprocess.run(
            [*cmd, str(script)],
            env={**os.environ, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if proc.returncode:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
            raise RuntimeError(f"zconsole {Path(script).name} failed ({proc.returncode})")
        return proc.stdout

    def start(self, port=None, threads=4, timeout=180, shared_cache=True):
        """Serve on 127.0.0.1 (a free port unless given); return once it answers.
        ``shared_cache=False``: a caching proxy is in front (``Varnish``)."""
        self.port = port or free_port()
        ini = render_ini(self.root, self.port, "127.0.0.1", threads, shared_cache=shared_cache)
        out = self.var / "log" / "runwsgi.out"
        with open(out, "ab") as log:
            self.server = subprocess.Popen(
                [runwsgi(), str(ini)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        if not wait_until_served(self.server, self.base_url + "/", timeout):
            self.stop()
            raise RuntimeError(f"runwsgi did not serve:\n{out.read_text()[-3000:]}")

    def kill(self):
        """``kill -9`` the server: no clean shutdown, no index written."""
        proc, self.server = self.server, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)

    def stop(self):
        proc, self.server = self.server, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


class Varnish:
    """Varnish (``etc/varnish.vcl.in``) in front of Zope at backend_host:backend_port, its
    work directory in ROOT/var/varnish; ``start`` on host:port (a free port unless given)."""

    def __init__(self, root, backend_port, backend_host="127.0.0.1"):
        self.root = Path(root).resolve()
        self.vcl = render_vcl(self.root, backend_port, backend_host)
        self.workdir = self.root / "var" / "varnish"
        self.server = None
        self.host, self.port = "127.0.0.1", None

    @property
    def base_url(self):
        return browser_url(self.host, self.port)

    def command(self, host, port, memory="256m"):
        if varnishd() is None:
            raise RuntimeError("varnishd is missing: apt-get install varnish")
        listen = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        return [
            varnishd(),
            "-F",  # in the foreground: the caller's Ctrl-C and kill stop it
            "-n", str(self.workdir),
            "-a", listen,
            "-f", str(self.vcl),
            "-s", f"malloc,{memory}",
            "-T", "none",  # no management port
            *(["-j", "none"] if os.geteuid() == 0 else []),  # root: no jail user needed
        ]  # fmt: skip

    def popen(self, host="127.0.0.1", port=None, **kwargs):
        self.host, self.port = host, port or free_port()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.server = subprocess.Popen(self.command(host, self.port), **kwargs)
        return self.server

    def start(self, port=None, host="127.0.0.1", timeout=60):
        """Start varnishd; return once it listens (whatever Zope answers)."""
        log = open(self.root / "var" / "log" / "varnishd.out", "ab")  # noqa: SIM115
        with log:
            self.popen(host, port, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.server.poll() is None:
            try:
                socket.create_connection((reachable(host), self.port), 1).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("varnishd did not start: see var/log/varnishd.out")

    def stop(self):
        proc, self.server = self.server, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()  # the manager stops its cache process
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def serve(root, host, port, site):
    """``make start``: run runwsgi, and once the site answers print its address, last."""
    ini = render_ini(root, port, host, ensure_site=True)
    proc = subprocess.Popen([runwsgi(), str(ini)], env={**os.environ, "SITE_ID": site})
    # Ctrl-C reaches runwsgi too (same process group); a SIGTERM to us is passed on.
    signal.signal(signal.SIGTERM, lambda *_: proc.send_signal(signal.SIGTERM))
    try:
        url = browser_url(host, port, site)
        if wait_until_served(proc, url):
            everywhere = " (and at this machine's other addresses)" if host in ANY_HOST else ""
            user = os.environ.get("ADMIN_USER", "admin")
            password = os.environ.get("ADMIN_PASSWORD", "admin")
            print(
                f"Kancelaria is ready{everywhere}: {url}  (login {user} / {password}; "
                "Ctrl-C stops it)",
                flush=True,
            )
        return proc.wait()
    except KeyboardInterrupt:
        return proc.wait()


def serve_proxy(root, host, port, site, zope_port=0):
    """``make start-proxy``: Zope on 127.0.0.1:ZOPE_PORT without its shared cache, Varnish on
    HOST:PORT in front; once the site answers through Varnish print its address, last.
    Ctrl-C (or a SIGTERM to us) stops both."""
    zope_port = zope_port or free_port()
    ini = render_ini(root, zope_port, "127.0.0.1", ensure_site=True, shared_cache=False)
    varnish = Varnish(root, zope_port)
    zope = subprocess.Popen([runwsgi(), str(ini)], env={**os.environ, "SITE_ID": site})
    procs, stopped = [zope], []

    def stop(*_):  # a SIGTERM to us is passed on; Ctrl-C reaches both (same process group)
        stopped.append(True)
        for proc in procs:
            proc.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        procs.append(varnish.popen(host, port))
        url = browser_url(host, port, site)
        if wait_until_served(zope, url) and varnish.server.poll() is None:
            user = os.environ.get("ADMIN_USER", "admin")
            password = os.environ.get("ADMIN_PASSWORD", "admin")
            print(
                f"Kancelaria is ready behind Varnish: {url}  (Zope itself: "
                f"{browser_url('127.0.0.1', zope_port, site)}; login {user} / {password}; "
                "Ctrl-C stops both)",
                flush=True,
            )
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
    except KeyboardInterrupt:
        stopped.append(True)
    finally:
        varnish.stop()
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        zope.wait()
    return 0 if stopped else 1  # one of them ended on its own


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["conf", "serve", "serve-proxy"])
    parser.add_argument("--root", default=str(REPO), help="the instance's data is in ROOT/var")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--site", default="Plone")
    parser.add_argument("--dsn", help="RelStorage on this PostgreSQL database (libpq string)")
    parser.add_argument("--zope-port", type=int, default=0, help="serve-proxy: Zope's port")
    args = parser.parse_args(argv)
    if args.command == "conf":
        print(f"Wrote {render_conf(args.root, dsn=args.dsn)}")
        return 0
    if args.command == "serve-proxy":
        return serve_proxy(args.root, args.host, args.port, args.site, args.zope_port)
    return serve(args.root, args.host, args.port, args.site)


if __name__ == "__main__":
    sys.exit(main())
