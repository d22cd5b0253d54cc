"""A throw-away Zope instance in a temporary directory, and its waitress server.

``scripts/instance.py`` renders the project's own configuration (etc/zope.conf.in,
etc/zope.ini.in, etc/site.zcml) with the temporary directory as its root, so the benchmark
serves the way ``make start`` does; site.zcml also includes kancelaria's testing.zcml (the
test-only case type). Nothing under the checkout's var/ is touched.
"""

from pathlib import Path

import shutil
import sys
import tempfile

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts import instance  # noqa: E402

TESTING_INCLUDE = '<include package="kancelaria" file="testing.zcml" />'
PORTS = range(8095, 8100)


class Instance(instance.Instance):
    def __init__(self, threads=4):
        root = tempfile.mkdtemp(prefix="kancelaria-bench-")
        super().__init__(root, zcml_includes=[TESTING_INCLUDE])
        self.threads = threads

    def start(self, timeout=180):
        """Serve on 127.0.0.1, on the first free port of 8095-8099."""
        super().start(port=instance.free_port(PORTS), threads=self.threads, timeout=timeout)

    def remove(self, keep=False):
        self.stop()
        if keep:
            print(f"Kept the instance in {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)
