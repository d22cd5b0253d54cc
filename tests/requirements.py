"""What some tests need from the machine: a program (Chromium, varnishd, haproxy) or a server
(PostgreSQL). Without it they are skipped with the reason, unless CI's variable
(``KANCELARIA_REQUIRE_…=1``, set by ``.ci/run``) requires it: then they fail."""

import os
import pytest

DSN = os.environ.get("KANCELARIA_POSTGRES_DSN", "host=127.0.0.1 port=5432 user=postgres")


def connect(dbname):
    import psycopg2

    return psycopg2.connect(f"{DSN} dbname={dbname} connect_timeout=5")


def unavailable(reason, variable, tests):
    """Skip (or, with ``variable=1``, fail) the test: ``reason`` says what is missing."""
    if os.environ.get(variable) == "1":
        pytest.fail(f"{variable}=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason}: {tests} skipped")


def require_postgres(tests):
    try:
        connect("postgres").close()
    except Exception as e:  # ImportError, psycopg2.OperationalError
        reason = f"PostgreSQL not reachable ({DSN}): {' '.join(str(e).split())}"
        unavailable(reason, "KANCELARIA_REQUIRE_POSTGRES", tests)
