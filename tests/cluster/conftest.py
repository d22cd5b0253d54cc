"""Two real instances on RelStorage/PostgreSQL behind a real HAProxy, one per module.

``cluster`` is what ``make cluster INSTANCES=2`` runs (``scripts/cluster.py``): a throw-away
PostgreSQL database ``kancelaria_test_<random>`` (always dropped), the site created in it by
``scripts/create_site.py``, two ``runwsgi`` servers rendered from etc/zope.conf.in with
etc/zodb-relstorage.conf.in, HAProxy from etc/haproxy.cfg.in; every port free at run time,
every process stopped afterwards, also on failure.

Skipped without HAProxy (``apt-get install haproxy``) unless ``KANCELARIA_REQUIRE_HAPROXY=1``,
and without PostgreSQL unless ``KANCELARIA_REQUIRE_POSTGRES=1`` (as tests/relstorage).
"""

from pathlib import Path
from scripts.cluster import Cluster
from scripts.cluster import drop_database
from scripts.cluster import dsn_with
from scripts.cluster import haproxy
from tests.ops.conftest import ADMIN
from tests.ops.conftest import add_councillor
from tests.requirements import DSN
from tests.requirements import require_postgres
from tests.requirements import unavailable

import pytest
import secrets
import sys

BIN = Path(sys.executable).parent


def pytest_runtest_setup(item):
    """Runs before any fixture, so nothing is built for a test that cannot run."""
    if not (BIN / "runwsgi").exists():
        pytest.skip("tests/cluster need the venv of `make install` (run them with `make test`)")
    if not haproxy():
        reason = "haproxy is missing (apt-get install haproxy)"
        unavailable(reason, "KANCELARIA_REQUIRE_HAPROXY", "cluster tests")
    require_postgres("cluster tests")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two instances and HAProxy on a new database with the site and one councillor."""
    dsn = dsn_with(DSN, dbname=f"kancelaria_test_{secrets.token_hex(4)}")
    env = {"ADMIN_USER": ADMIN[0], "ADMIN_PASSWORD": ADMIN[1], "SITE_ID": "Plone", "DEMO": "0"}
    cluster = Cluster(tmp_path_factory.mktemp("cluster"), dsn, instances=2)
    try:
        cluster.create_site(env=env)
        cluster.start()
        add_councillor(f"{cluster.url}/Plone")
        yield cluster
    finally:
        cluster.stop()
        drop_database(dsn)
