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
INCLUDES = (TESTING_INCLUDE, CONFLICT_LOG)
PORTS = range(8095, 8100)


def bench_environment(conflict_log):
    """zconsole and the servers inherit this process's environment: the set-up scripts and
    conflictlog are importable there, and conflictlog writes to ``conflict_log``."""
    path = [str(HERE), *filter(None, [os.environ.get("PYTHONPATH")])]
    os.environ["PYTHONPATH"] = os.pathsep.join(path)
    os.environ["BENCH_CONFLICT_LOG"] = str(conflict_log)


class Instance(instance.Instance):
    def __init__(self, threads=4, root=None):
        """``root``: an instance kept by an earlier run (``--keep``), else a new one."""
        root = root or tempfile.mkdtemp(prefix="kancelaria-bench-")
        super().__init__(root, zcml_includes=INCLUDES)
        self.threads = threads
        bench_environment(self.conflict_log)

    @property
    def conflict_log(self):
        return self.var / "log" / "conflicts.jsonl"

    def start(self, timeout=180, shared_cache=True):
        """Serve on 127.0.0.1, on the first free port of 8095-8099 (``shared_cache=False``:
        without the in-process cache, for a caching proxy in front)."""
        super().start(
            port=instance.free_port(PORTS),
            threads=self.threads,
            timeout=timeout,
            shared_cache=shared_cache,
        )

    def remove(self, keep=False):
        self.stop()
        if keep:
            print(f"Kept the instance in {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)
