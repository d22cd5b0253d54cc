"""Gzip on the wire for clients that accept it: a WSGI filter (etc/zope.ini.in).

Measured against Zope's own ``enableHTTPCompression`` (it compresses in ``setBody``, before
Plone's transforms, which would then read gzip): a filter in front of the application
compresses the finished response once. It compresses a successful response of a text type
(HTML, CSS, JS, JSON, XML, SVG) of at least ``min_size`` bytes: a complete body, or a
streamed one (a file: the JS and CSS bundles) of at most ``max_size`` bytes; a 304, a HEAD,
a larger streamed file or a body already encoded passes as it is. What is cached for a day
or more (the resources, versioned) is compressed once and kept (``keep`` entries).
It adds ``Vary: Accept-Encoding`` and makes a strong ETag weak (``W/"…"``), as nginx does:
the compressed body is another byte sequence, and plone.app.caching accepts weak ETags in
``If-None-Match``.
"""

import gzip
import re
import threading

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xhtml+xml",
    "image/svg+xml",
)


def header(headers, name):
    """The value of header ``name`` in a WSGI list of ``(name, value)``, or ``None``."""
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _without(headers, *names):
    names = {n.lower() for n in names}
    return [(k, v) for k, v in headers if k.lower() not in names]


class GzipFilter:
    def __init__(self, app, min_size=512, max_size=4_000_000, level=6, keep=64):
        self.app = app
        self.min_size = int(min_size)
        self.max_size = int(max_size)
        self.level = int(level)
        self.keep = int(keep)
        self.lock = threading.Lock()
        self.kept = {}  # (path, query, validator, length) → gzip body of long-lived resources

    def __call__(self, environ, start_response):
        if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", "") or environ.get(
            "REQUEST_METHOD"
        ) not in ("GET", "POST"):
            return self.app(environ, start_response)
        return self._compressed(environ, start_response)

    def _compressed(self, environ, start_response):
        """A list (a complete body, which a cache in front may keep), or the app's stream."""
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers, exc_info=exc_info)
            return lambda data: captured.setdefault("written", []).append(data)

        result = self.app(environ, capture)
        if not self._compressible(captured, result):
            start_response(captured["status"], captured["headers"], captured["exc_info"])
            return self._chain(captured.get("written", ()), result)
        headers = captured["headers"]
        key = self._key(environ, headers)
        with self.lock:
            body = self.kept.get(key) if key else None
        compressed = body is not None
        if not compressed:
            body = b"".join([*captured.get("written", ()), *result])
        if hasattr(result, "close"):
            result.close()
        if not compressed and len(body) >= self.min_size:
            body, compressed = gzip.compress(body, self.level, mtime=0), True
            if key:
                with self.lock:
                    if len(self.kept) >= self.keep:
                        self.kept.pop(next(iter(self.kept)))
                    self.kept[key] = body
        if compressed:
            headers = _without(headers, "content-length", "etag", "vary")
            vary = header(captured["headers"], "vary")
            headers.append(("Vary", f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"))
            headers.append(("Content-Encoding", "gzip"))
            etag = header(captured["headers"], "etag")
            if etag:
                headers.append(("ETag", etag if etag.startswith("W/") else f"W/{etag}"))
            headers.append(("Content-Length", str(len(body))))
        start_response(captured["status"], headers, captured["exc_info"])
        return [body]

    @staticmethod
    def _chain(written, result):
        yield from written
        yield from result
        if hasattr(result, "close"):
            result.close()

    @staticmethod
    def _key(environ, headers):
        """A long-lived public response (a resource): compressed once, by URL and validator."""
        control = header(headers, "cache-control") or ""
        ages = [int(a) for a in re.findall(r"max-age=(\d+)", control)]
        if "public" not in control or not ages or max(ages) < 86400:
            return None
        validator = header(headers, "etag") or header(headers, "last-modified")
        length = header(headers, "content-length")
        return (environ.get("PATH_INFO"), environ.get("QUERY_STRING"), validator, length)

    def _compressible(self, captured, result):
        if not captured.get("status", "").startswith("200"):
            return False
        headers = captured["headers"]
        if header(headers, "content-encoding"):
            return False
        content_type = (header(headers, "content-type") or "").lower()
        if not content_type.startswith(COMPRESSIBLE):
            return False
        if isinstance(result, (list, tuple)):  # a complete body (Zope's is a tuple)
            return True
        length = header(headers, "content-length")  # a streamed file: if small enough
        return length is not None and length.isdigit() and int(length) <= self.max_size


def filter_factory(global_conf, min_size=512, max_size=4_000_000, level=6, keep=64):
    """``[filter:gzip] use = call:kancelaria.caching.wsgi:filter_factory``."""

    def make(app):
        return GzipFilter(app, min_size=min_size, max_size=max_size, level=level, keep=keep)

    return make
