"""Gzip on the wire for clients that accept it: a WSGI filter (etc/zope.ini.in).

Measured against Zope's own ``enableHTTPCompression`` (it compresses in ``setBody``, before
Plone's transforms, which would then read gzip): a filter in front of the application
compresses the finished response once. It compresses a complete, successful response of a
text type (HTML, CSS, JS, JSON, XML, SVG) of at least ``min_size`` bytes; a streamed body
(a file from the blob storage), a 304, a HEAD, or a body already encoded passes as it is.
It adds ``Vary: Accept-Encoding`` and makes a strong ETag weak (``W/"…"``), as nginx does:
the compressed body is another byte sequence, and plone.app.caching accepts weak ETags in
``If-None-Match``.
"""

import gzip

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


def _header(headers, name):
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _without(headers, *names):
    names = {n.lower() for n in names}
    return [(k, v) for k, v in headers if k.lower() not in names]


class GzipFilter:
    def __init__(self, app, min_size=512, level=6):
        self.app = app
        self.min_size = int(min_size)
        self.level = int(level)

    def __call__(self, environ, start_response):
        if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", "") or environ.get(
            "REQUEST_METHOD"
        ) not in ("GET", "POST"):
            return self.app(environ, start_response)
        return self._compressed(environ, start_response)

    def _compressed(self, environ, start_response):
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers, exc_info=exc_info)
            return lambda data: captured.setdefault("written", []).append(data)

        result = self.app(environ, capture)
        if not self._compressible(captured, result):
            start_response(captured["status"], captured["headers"], captured["exc_info"])
            yield from captured.get("written", ())
            yield from result
            if hasattr(result, "close"):
                result.close()
            return
        body = b"".join([*captured.get("written", ()), *result])
        if hasattr(result, "close"):
            result.close()
        headers = captured["headers"]
        if len(body) >= self.min_size:
            body = gzip.compress(body, self.level, mtime=0)
            headers = _without(headers, "content-length", "etag", "vary")
            vary = _header(captured["headers"], "vary")
            headers.append(("Vary", f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"))
            headers.append(("Content-Encoding", "gzip"))
            etag = _header(captured["headers"], "etag")
            if etag:
                headers.append(("ETag", etag if etag.startswith("W/") else f"W/{etag}"))
            headers.append(("Content-Length", str(len(body))))
        start_response(captured["status"], headers, captured["exc_info"])
        yield body

    @staticmethod
    def _compressible(captured, result):
        if not captured.get("status", "").startswith("200"):
            return False
        headers = captured["headers"]
        if _header(headers, "content-encoding"):
            return False
        content_type = (_header(headers, "content-type") or "").lower()
        if not content_type.startswith(COMPRESSIBLE):
            return False
        # A complete body (Zope's is a list or tuple); a streamed file passes unbuffered.
        return isinstance(result, (list, tuple))


def filter_factory(global_conf, min_size=512, level=6):
    """``[filter:gzip] use = call:kancelaria.caching.wsgi:filter_factory``."""

    def make(app):
        return GzipFilter(app, min_size=min_size, level=level)

    return make
