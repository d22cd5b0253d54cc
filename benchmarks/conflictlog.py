"""Server side of benchmark (e): every ConflictError the publisher meets, one JSON line each.

Loaded only into the benchmark's own instance (instance.py adds a ``<subscriber>`` for
``IPubFailure`` to its site.zcml and puts this directory on the server's PYTHONPATH); the
file is ``BENCH_CONFLICT_LOG``. Zope 5 logs nothing when it retries a conflict, so this is
where the retries and the unresolved conflicts (the 500s) are counted, with the class and
oid of the object that conflicted.

Each line: ``{"path", "retry", "attempt", "class", "oid", "error"}``; ``retry`` is true when
Zope retries the request, false when the conflict reaches the client as a 500.
"""

from ZODB.POSException import ConflictError
from ZODB.utils import oid_repr

import json
import os
import threading

_lock = threading.Lock()


def record(event):
    path = os.environ.get("BENCH_CONFLICT_LOG")
    error = event.exc_info[1]
    if not path or not isinstance(error, ConflictError):
        return
    oid = error.oid
    line = {
        "path": event.request.get("PATH_INFO", ""),
        "retry": bool(event.retry),
        "attempt": getattr(event.request, "retry_count", 0),
        "class": error.class_name or "",
        "oid": oid_repr(oid) if oid else "",
        "error": type(error).__name__,
    }
    with _lock, open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\n")


def read(path):
    """The lines written so far, as dicts (none when the file does not exist)."""
    try:
        with open(path, encoding="utf-8") as log:
            return [json.loads(line) for line in log if line.strip()]
    except FileNotFoundError:
        return []
