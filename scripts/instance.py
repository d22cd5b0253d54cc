"""The Zope instance: its configuration rendered from the templates in etc/, and its server.

One place renders ``etc/zope.conf.in``, ``etc/site.zcml`` and ``etc/zope.ini.in`` and starts
``runwsgi``: the Makefile (``make instance``, ``make start``), the tests (``tests/ops``) and the
benchmarks use it, so each serves the way ``make start`` does.

    python scripts/instance.py conf [--root DIR] [--dsn DSN]  # DIR/var/etc/zope.conf, site.zcml
    python scripts/instance.py serve [--root DIR] [--host H] [--port N] [--site Plone]

The main database is a FileStorage under DIR/var (etc/zodb-filestorage.conf.in), or with
``--dsn`` RelStorage on that PostgreSQL database (etc/zodb-relstorage.conf.in; blobs in the
database, DIR/var holds only this instance's caches and logs: ``make cluster``).

``serve`` runs ``runwsgi`` (from the Python running this script, so run it with the venv's),
whose Zope first creates the site (or runs its upgrades: ``kancelaria.scripts.site``), waits
until the site answers and then prints its address as the last line. ``conf`` needs
only the standard library.
"""

from pathlib import Path

import argparse
import os
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


def render_ini(root, port, host="127.0.0.1", threads=4, ensure_site=False):
    """Write ROOT/var/etc/zope.ini: the waitress server of the instance. ``ensure_site``: the
    server creates the site (``kancelaria.scripts.site``) before it listens."""
    var = Path(root).resolve() / "var"
    ini = var / "etc" / "zope.ini"
    values = dict(root=var.parent, port=port, host=host, threads=threads)
    ini.write_text(fill("zope.ini.in", ensure_site=str(ensure_site).lower(), **values), "utf-8")
    return ini


def browser_url(host, port, site=""):
    """The address a person opens for ``host``: the loopback address for 0.0.0.0 / ::."""
    host = "127.0.0.1" if host in ANY_HOST else host
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

    def start(self, port=None, threads=4, timeout=180):
        """Serve on 127.0.0.1 (a free port unless given); return once it answers."""
        self.port = port or free_port()
        ini = render_ini(self.root, self.port, "127.0.0.1", threads)
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["conf", "serve"])
    parser.add_argument("--root", default=str(REPO), help="the instance's data is in ROOT/var")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--site", default="Plone")
    parser.add_argument("--dsn", help="RelStorage on this PostgreSQL database (libpq string)")
    args = parser.parse_args(argv)
    if args.command == "conf":
        print(f"Wrote {render_conf(args.root, dsn=args.dsn)}")
        return 0
    return serve(args.root, args.host, args.port, args.site)


if __name__ == "__main__":
    sys.exit(main())
