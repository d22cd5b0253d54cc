"""A throw-away Zope instance in a temporary directory, and its waitress server.

The configuration is the project's own (etc/zope.conf.in, etc/zope.ini.in,
etc/site.zcml) rendered with the temporary directory as @ROOT@, so the benchmark serves
the way ``make start`` does; site.zcml also includes kancelaria's testing.zcml (the
test-only case type). Nothing under the checkout's var/ is touched.
"""

from pathlib import Path

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
TESTING_INCLUDE = '  <include package="kancelaria" file="testing.zcml" />\n'


def free_port(candidates=range(8095, 8100)):
    for port in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {candidates.start}-{candidates.stop - 1}")


class Instance:
    def __init__(self, threads=4):
        self.root = Path(tempfile.mkdtemp(prefix="kancelaria-bench-"))
        self.var = self.root / "var"
        self.threads = threads
        self.server = None
        self.port = None
        for sub in ("etc", "log", "filestorage", "blobstorage", "cache"):
            (self.var / sub).mkdir(parents=True)
        text = (REPO / "etc" / "zope.conf.in").read_text(encoding="utf-8")
        text = text.replace("@ROOT@", str(self.root))
        self.zope_conf.write_text(text, encoding="utf-8")
        zcml = (REPO / "etc" / "site.zcml").read_text(encoding="utf-8")
        head, sep, tail = zcml.rpartition("</configure>")
        (self.var / "etc" / "site.zcml").write_text(
            head + TESTING_INCLUDE + sep + tail, encoding="utf-8"
        )

    @property
    def zope_conf(self):
        return self.var / "etc" / "zope.conf"

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def zconsole(self, script, env, timeout):
        """Run a script inside Zope (no server running); return its stdout."""
        cmd = [str(BIN / "zconsole"), "run", str(self.zope_conf), str(script)]
        proc = subprocess.run(
            cmd,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if proc.returncode:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
            raise RuntimeError(f"zconsole {script.name} failed ({proc.returncode})")
        return proc.stdout

    def write_ini(self):
        """etc/zope.ini.in rendered with our root, port and threads.

        Both forms of the template are understood: @PORT@/@HOST@ placeholders, and the
        older [DEFAULT] ``http_port = 8080`` (which ``runwsgi zope.ini http_port=N``
        cannot override: the file's [DEFAULT] values win over the command line's)."""
        text = (REPO / "etc" / "zope.ini.in").read_text(encoding="utf-8")
        for key, value in (("ROOT", self.root), ("PORT", self.port), ("HOST", HOST)):
            text = text.replace(f"@{key}@", str(value))
        for key, value in (
            ("http_port", self.port),
            ("http_host", HOST),
            ("threads", self.threads),
        ):
            text = re.sub(rf"(?m)^{key}\s*=.*$", f"{key} = {value}", text)
        if f"{self.port}" not in text:
            raise RuntimeError("etc/zope.ini.in: found no port setting to fill in")
        ini = self.var / "etc" / "zope.ini"
        ini.write_text(text, encoding="utf-8")
        return ini

    def start(self, timeout=180):
        self.port = free_port()
        cmd = [str(BIN / "runwsgi"), str(self.write_ini())]
        log = open(self.var / "log" / "runwsgi.out", "wb")  # noqa: SIM115
        self.server = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        deadline = time.monotonic() + timeout
        out = self.var / "log" / "runwsgi.out"
        serving = f"Serving on http://127.0.0.1:{self.port}"
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(f"runwsgi exited:\n{out.read_text()[-3000:]}")
            if serving not in out.read_text(errors="replace"):
                time.sleep(0.5)
                continue
            try:
                with urllib.request.urlopen(self.base_url + "/", timeout=5):
                    return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"runwsgi did not answer on port {self.port} in {timeout}s")

    def stop(self):
        proc, self.server = self.server, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def remove(self, keep=False):
        self.stop()
        if keep:
            print(f"Kept the instance in {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)
