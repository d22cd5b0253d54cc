"""A throw-away Zope instance in a temporary directory, and its waitress server.

``scripts/instance.py`` renders the project's own configuration (etc/zope.conf.in,
etc/zope.ini.in, etc/site.zcml) with the temporary directory as its root, so the benchmark
serves the way ``make start`` does; site.zcml also includes kancelaria's testing.zcml (the
test-only case type) and a subscriber that logs every ConflictError the publisher meets
(conflictlog.py, into ``conflict_log``). Nothing under the checkout's var/ is touched.
"""

from pathlib import Path

import os
import shutil
import sys
import tempfile

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))

from scripts import instance  # noqa: E402

TESTING_INCLUDE = '<include package="kancelaria" file="testing.zcml" />'
CONFLICT_LOG = '<subscriber for="ZPublisher.interfaces.IPubFailure" handler="conflictlog.record" />'
PORTS = range(8095, 8100)


class Instance(instance.Instance):
    def __init__(self, threads=4):
        root = tempfile.mkdtemp(prefix="kancelaria-bench-")
        super().__init__(root, zcml_includes=[TESTING_INCLUDE, CONFLICT_LOG])
        self.threads = threads
        # zconsole and the server inherit this process's environment: conflictlog is
        # importable there, and writes to conflict_log.
        path = [str(HERE), *filter(None, [os.environ.get("PYTHONPATH")])]
        os.environ["PYTHONPATH"] = os.pathsep.join(path)
        os.environ["BENCH_CONFLICT_LOG"] = str(self.conflict_log)

    @property
    def conflict_log(self):
        return self.var / "log" / "conflicts.jsonl"

    def start(self, timeout=180):
        """Serve on 127.0.0.1, on the first free port of 8095-8099."""
        super().start(port=instance.free_port(PORTS), threads=self.threads, timeout=timeout)

    def remove(self, keep=False):
        self.stop()
        if keep:
            print(f"Kept the instance in {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)
