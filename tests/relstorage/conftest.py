"""A fresh PostgreSQL database per test, and a ZODB on RelStorage in it.

The server is the machine's PostgreSQL (``KANCELARIA_POSTGRES_DSN``, default
``host=127.0.0.1 port=5432 user=postgres``). Without it every test here is skipped, unless
``KANCELARIA_REQUIRE_POSTGRES=1`` (CI), where a missing server is a failure.
"""

from scripts.cluster import create_database
from scripts.cluster import drop_database
from tests.requirements import DSN
from tests.requirements import require_postgres

import pytest
import secrets


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before any fixture, so a missing server costs no layer set-up."""
    require_postgres("RelStorage tests")


@pytest.fixture
def pg_dsn():
    """The DSN of a new, empty database ``kancelaria_test_<random>``, dropped afterwards."""
    dsn = f"{DSN} dbname=kancelaria_test_{secrets.token_hex(4)}"
    create_database(dsn)
    try:
        yield dsn
    finally:
        drop_database(dsn)


@pytest.fixture
def relstorage_db(pg_dsn, tmp_path):
    """A ``ZODB.DB`` on history-free RelStorage, blobs in a temporary shared blob dir."""
    from relstorage.adapters.postgresql import PostgreSQLAdapter
    from relstorage.options import Options
    from relstorage.storage import RelStorage

    import ZODB

    options = Options(keep_history=False, shared_blob_dir=True, blob_dir=str(tmp_path / "blobs"))
    storage = RelStorage(PostgreSQLAdapter(dsn=pg_dsn, options=options), options=options)
    # pool_size: the 8 writers and more, without a warning. cache_size: the whole new site
    # stays in memory while its one transaction commits; with ZODB's 400 objects the cache
    # ghosts objects of that transaction, the indexing queue reloads them at tpc_finish
    # through a snapshot that predates it, and RelStorage answers POSKeyError "no tid found"
    # (seen as soon as the profile makes a page of 5 KB more).
    db = ZODB.DB(storage, pool_size=16, cache_size=50_000)
    try:
        yield db
    finally:
        db.close()
