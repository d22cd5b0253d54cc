"""A shared cache in front of Zope for anonymous visitors: a WSGI filter (etc/zope.ini.in).

What a caching proxy (Varnish) does, inside the server, for a site without one: a response
that Zope marks shareable (``s-maxage`` or ``public``: plone.app.caching does so only for an
anonymous request of an item anonymous may view) is kept for its ``s-maxage`` (else
``max-age``; 10 s for pages, a year for versioned resources) and answered from memory to
the next anonymous requests of the same URL, Accept (HTML or JSON), Accept-Encoding and
Accept-Language; an
``If-None-Match`` that matches gets a 304. A request with any cookie or an
``Authorization`` header (a logged-in user, a status message) always goes to Zope, and its
response is never kept; nor is one that sets a cookie, or any method but GET. A change
reaches anonymous visitors when the kept copy expires: within ``s-maxage`` (10 s for pages).
``X-Cache: HIT`` and ``Age`` tell a kept answer.
"""

from kancelaria.caching.wsgi import header

import re
import threading
import time

KEEPABLE = re.compile(r"(?:^|,)\s*public\s*(?:,|$)")


def lifetime(headers):
    """Seconds a shared cache may keep a response, 0 if it must not."""
    control = (header(headers, "cache-control") or "").lower()
    shared = re.search(r"s-maxage=(\d+)", control)
    if not (KEEPABLE.search(control) or shared) or "private" in control or "no-store" in control:
        return 0
    if header(headers, "set-cookie") is not None:
        return 0
    age = shared or re.search(r"(?<!-)max-age=(\d+)", control)
    return int(age.group(1)) if age else 0


def anonymous(environ):
    return not environ.get("HTTP_COOKIE") and not environ.get("HTTP_AUTHORIZATION")


def key_of(environ):
    accept = environ.get("HTTP_ACCEPT", "")
    return (
        environ.get("HTTP_HOST", ""),
        environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        "json" if "application/json" in accept else "html",
        "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""),
        environ.get("HTTP_ACCEPT_LANGUAGE", ""),
    )


def etag_matches(environ, etag):
    wanted = environ.get("HTTP_IF_NONE_MATCH")
    if not wanted or not etag:
        return False
    strip = lambda tag: tag.strip().removeprefix("W/")  # noqa: E731
    return strip(etag) in {strip(tag) for tag in wanted.split(",")}


class SharedCache:
    def __init__(
        self, app, entries=2000, max_body=2_000_000, max_bytes=64_000_000, clock=time.monotonic
    ):
        self.app = app
        self.entries = int(entries)
        self.max_body = int(max_body)
        self.max_bytes = int(max_bytes)  # all kept bodies together
        self.clock = clock
        self.lock = threading.Lock()
        self.kept = {}  # key → (expires, stored at, status, headers, body)
        self.size = 0  # bytes of the kept bodies

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") != "GET" or not anonymous(environ):
            return self.app(environ, start_response)
        key = key_of(environ)
        now = self.clock()
        with self.lock:
            entry = self.kept.get(key)
        if entry is not None and entry[0] > now:
            return self._answer(environ, start_response, entry, now)
        return self._fetch(environ, start_response, key, now)

    def _answer(self, environ, start_response, entry, now):
        _expires, stored, status, headers, body = entry
        headers = [*headers, ("X-Cache", "HIT"), ("Age", str(int(now - stored)))]
        if etag_matches(environ, header(headers, "etag")):
            kept = [(k, v) for k, v in headers if k.lower() not in ("content-length",)]
            start_response("304 Not Modified", kept)
            return [b""]
        start_response(status, headers)
        return [body]

    def _fetch(self, environ, start_response, key, now):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers, exc_info=exc_info)
            return lambda data: captured.setdefault("written", []).append(data)

        result = self.app(environ, capture)
        seconds = lifetime(captured["headers"]) if captured["status"].startswith("200") else 0
        if not seconds or not isinstance(result, (list, tuple)):
            start_response(captured["status"], captured["headers"], captured["exc_info"])
            return self._chain(captured.get("written", ()), result)
        body = b"".join([*captured.get("written", ()), *result])
        if hasattr(result, "close"):
            result.close()
        headers = captured["headers"]
        if len(body) <= min(self.max_body, self.max_bytes):
            with self.lock:
                self._drop(key)
                self._forget(now, room=len(body))
                self.kept[key] = (now + seconds, now, captured["status"], headers, body)
                self.size += len(body)
        start_response(captured["status"], headers)
        return [body]

    def _forget(self, now, room):
        """Make room for one more body: drop what expired, then the oldest, while there are
        ``entries`` kept or they and the new one would pass ``max_bytes``."""

        def full():
            return len(self.kept) >= self.entries or self.size + room > self.max_bytes

        if not self.kept or not full():
            return
        for k in [k for k, e in self.kept.items() if e[0] <= now]:
            self._drop(k)
        while self.kept and full():
            self._drop(next(iter(self.kept)))

    def _drop(self, key):
        entry = self.kept.pop(key, None)
        if entry is not None:
            self.size -= len(entry[4])

    @staticmethod
    def _chain(written, result):
        yield from written
        yield from result
        if hasattr(result, "close"):
            result.close()


def filter_factory(global_conf, entries=2000, max_body=2_000_000, max_bytes=64_000_000):
    """``[filter:cache] use = call:kancelaria.caching.shared:filter_factory``."""

    def make(app):
        return SharedCache(app, entries=entries, max_body=max_body, max_bytes=max_bytes)

    return make
