"""Several Zope instances on one RelStorage database (PostgreSQL) behind HAProxy.

    python scripts/cluster.py site  [--root DIR] [--dsn DSN]
    python scripts/cluster.py serve [--root DIR] [--dsn DSN] [--instances N] [--port N] …

``site`` creates the PostgreSQL database of DSN when it is missing and the Plone site in it
(``scripts/create_site.py``, as ``make site`` does). ``serve`` starts N instances
(``scripts/instance.py`` with ``--dsn``: etc/zodb-relstorage.conf.in) on ports PORT+1…PORT+N
and HAProxy (etc/haproxy.cfg.in) on PORT; Ctrl-C stops them all. Each instance keeps its
configuration, logs and caches in ROOT/var/cluster/instance-N/var; the data is in PostgreSQL.
The tests (tests/cluster) and the benchmark (benchmarks/cluster.py) use ``Cluster`` too.
Run it with the venv's Python (psycopg2, runwsgi).
"""

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import argparse
import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import instance  # noqa: E402

DSN = "host=127.0.0.1 port=5432 user=postgres dbname=kancelaria"


def dsn_with(dsn, **changes):
    import psycopg2.extensions

    return psycopg2.extensions.make_dsn(dsn, **changes)


@contextmanager
def _server(dsn):
    """A cursor on the server of ``dsn`` (its ``postgres`` database, autocommit) and the name
    of the database ``dsn`` names."""
    import psycopg2
    import psycopg2.extensions

    name = psycopg2.extensions.parse_dsn(dsn)["dbname"]
    admin = psycopg2.connect(dsn_with(dsn, dbname="postgres", connect_timeout=5))
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            yield cursor, name
    finally:
        admin.close()


def create_database(dsn):
    """Create the database named in ``dsn`` unless it exists; True if it was created."""
    with _server(dsn) as (cursor, name):
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone():
            return False
        cursor.execute(f'CREATE DATABASE "{name}"')
        return True


def drop_database(dsn):
    with _server(dsn) as (cursor, name):
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def haproxy():
    return shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/sbin")


class Balancer:
    """HAProxy from etc/haproxy.cfg.in, in the foreground, in a process group of its own."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.cfg = self.directory / "haproxy.cfg"
        self.log = self.directory / "haproxy.log"
        self.proc = None
        self.port = self.stats_port = None
        self.host = "127.0.0.1"

    def render(self, servers, port, stats_port, host="127.0.0.1", threads=4):
        """``servers``: {name: "host:port"}."""
        lines = "\n".join(f"    server {name} {address}" for name, address in servers.items())
        text = instance.fill(
            "haproxy.cfg.in",
            host=host,
            port=port,
            stats_host="127.0.0.1",
            stats_port=stats_port,
            threads=threads,
            servers=lines,
        )
        self.cfg.write_text(text, encoding="utf-8")
        self.host, self.port, self.stats_port = host, port, stats_port

    def start(self, servers, port=None, stats_port=None, host="127.0.0.1", threads=4):
        program = haproxy()
        if not program:
            raise RuntimeError("haproxy is missing: CLUSTER=1 make system-deps (Debian's haproxy)")
        self.render(
            servers, port or instance.free_port(), stats_port or instance.free_port(), host, threads
        )
        check = subprocess.run([program, "-c", "-f", str(self.cfg)], capture_output=True, text=True)
        if check.returncode:
            raise RuntimeError(f"haproxy rejects {self.cfg}:\n{check.stdout}{check.stderr}")
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [program, "-db", "-f", str(self.cfg)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"haproxy exited:\n{self.log.read_text()[-3000:]}")
            try:
                self.servers()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("haproxy's statistics never answered")

    @property
    def url(self):
        return instance.browser_url(self.host, self.port)

    def stats(self):
        """{instance name: HAProxy's statistics of it (``status``: "UP", "DOWN"…; ``stot``:
        requests sent to it; ``econ``, ``eresp``: errors…)}."""
        url = f"http://127.0.0.1:{self.stats_port}/;csv"
        with urllib.request.urlopen(url, timeout=5) as response:
            text = response.read().decode().lstrip("# ")
        return {
            row["svname"]: row
            for row in csv.DictReader(io.StringIO(text))
            if row["pxname"] == "zope" and row["svname"] not in ("FRONTEND", "BACKEND")
        }

    def servers(self):
        """{instance name: HAProxy's state of it ("UP", "DOWN", "UP 1/2" …)}."""
        return {name: row["status"] for name, row in self.stats().items()}

    def wait_for(self, name, state, timeout=30):
        """Wait until HAProxy sees instance ``name`` in ``state`` ("UP" or "DOWN")."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.servers().get(name, "").split(" ")[0] == state:
                return
            time.sleep(0.1)
        raise RuntimeError(f"HAProxy never saw {name} {state}: {self.servers()}")

    def stop(self):
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


class Cluster:
    """N instances on the database ``dsn``, each under ``root/cluster/instance-N``, and the
    balancer under ``root/cluster``."""

    def __init__(self, root, dsn, instances=2, zcml_includes=()):
        self.root = Path(root).resolve() / "cluster"
        self.dsn = dsn
        self.instances = [
            instance.Instance(self.root / f"instance-{n}", zcml_includes, dsn=dsn)
            for n in range(1, instances + 1)
        ]
        self.balancer = Balancer(self.root)

    def name(self, inst):
        return f"instance-{self.instances.index(inst) + 1}"

    def create_site(self, env=None):
        """``scripts/create_site.py`` in the first instance (no server running)."""
        create_database(self.dsn)
        script = Path(instance.REPO) / "scripts" / "create_site.py"
        return self.instances[0].zconsole(script, env=env)

    def start(self, port=None, stats_port=None, host="127.0.0.1", threads=4, instance_ports=()):
        """Start the instances (at once: each waits for its site) and then the balancer."""
        ports = list(instance_ports) or [None] * len(self.instances)
        try:
            with ThreadPoolExecutor(len(self.instances)) as pool:
                for started in [
                    pool.submit(inst.start, port=p, threads=threads)
                    for inst, p in zip(self.instances, ports, strict=True)
                ]:
                    started.result()
            servers = {self.name(i): f"127.0.0.1:{i.port}" for i in self.instances}
            self.balancer.start(servers, port, stats_port, host, threads)
            for inst in self.instances:
                self.balancer.wait_for(self.name(inst), "UP")
        except BaseException:
            self.stop()
            raise

    @property
    def url(self):
        return self.balancer.url

    def stop(self):
        self.balancer.stop()
        for inst in self.instances:
            inst.stop()


def serve(cluster, host, port, stats_port, site):
    """``make cluster``: instances on PORT+1…, HAProxy on PORT; Ctrl-C (or SIGTERM) stops all."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    # Ctrl-C, also where the shell started us with SIGINT ignored (a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    ports = [port + n for n in range(1, len(cluster.instances) + 1)]
    print(f"Starting {len(ports)} instances on ports {', '.join(map(str, ports))}…", flush=True)
    try:
        cluster.start(port, stats_port, host, instance_ports=ports)
        user = os.environ.get("ADMIN_USER", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "admin")
        print(
            f"HAProxy statistics: http://127.0.0.1:{stats_port}/\n"
            f"Kancelaria is ready on {len(ports)} instances: "
            f"{instance.browser_url(host, port, site)}  (login {user} / {password}; "
            "Ctrl-C stops it)",
            flush=True,
        )
        while True:
            for inst in cluster.instances:
                if inst.server is not None and inst.server.poll() is not None:
                    print(
                        f"{cluster.name(inst)} exited ({inst.server.returncode}); see "
                        f"{inst.var / 'log'}",
                        flush=True,
                    )
                    inst.server = None
            time.sleep(1)
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["site", "serve"])
    parser.add_argument("--root", default=str(instance.REPO), help="files in ROOT/var/cluster")
    parser.add_argument("--dsn", default=DSN, help=f"the PostgreSQL database ({DSN})")
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--host", default="127.0.0.1", help="HAProxy's address")
    parser.add_argument("--port", type=int, default=8080, help="HAProxy's port")
    parser.add_argument("--stats-port", type=int, default=8404)
    parser.add_argument("--site", default="Plone")
    args = parser.parse_args(argv)
    cluster = Cluster(Path(args.root) / "var", args.dsn, args.instances)
    if args.command == "site":
        if create_database(args.dsn):
            print(f"Created the database ({args.dsn}).")
        print(cluster.create_site(), end="")
        return 0
    return serve(cluster, args.host, args.port, args.stats_port, args.site)


if __name__ == "__main__":
    sys.exit(main())
