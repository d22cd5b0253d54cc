"""The gzip filter (kancelaria.caching.wsgi) around a plain WSGI application."""

from kancelaria.caching.wsgi import GzipFilter

import gzip
import pytest

HTML = b"<html>" + b"<p>Prezydent Miasta spotkal sie z mieszkancami.</p>" * 100 + b"</html>"


def app_of(status="200 OK", content_type="text/html; charset=utf-8", body=HTML, **headers):
    def app(environ, start_response):
        if callable(body):  # streamed, length unknown
            start_response(status, [("Content-Type", content_type), *headers.items()])
            return body()
        length = ("Content-Length", str(len(body)))
        start_response(status, [("Content-Type", content_type), length, *headers.items()])
        return (b"", body)

    return app


def call(app, accept="gzip, deflate", method="GET", wrapped=None):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    environ = {"REQUEST_METHOD": method, "HTTP_ACCEPT_ENCODING": accept}
    body = b"".join((wrapped or GzipFilter(app))(environ, start_response))
    return seen["status"], seen["headers"], body


def test_html_compressed_for_who_accepts_it():
    status, headers, body = call(app_of(ETag='"|abc|"', Vary="Accept"))
    assert status == "200 OK"
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Vary"] == "Accept, Accept-Encoding"
    assert headers["ETag"] == 'W/"|abc|"'
    assert int(headers["Content-Length"]) == len(body) < len(HTML) / 5
    assert gzip.decompress(body) == HTML


def test_not_for_who_does_not_accept_it():
    status, headers, body = call(app_of(), accept="identity")
    assert "Content-Encoding" not in headers
    assert body == HTML


@pytest.mark.parametrize(
    "kind", ["application/javascript", "text/css", "application/json", "image/svg+xml"]
)
def test_text_types(kind):
    _status, headers, body = call(app_of(content_type=kind))
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == HTML


@pytest.mark.parametrize(
    "app",
    [
        app_of(content_type="application/pdf"),
        app_of(content_type="image/png"),
        app_of(status="304 Not Modified", body=b""),
        app_of(body=b"<p>short</p>"),
        app_of(**{"Content-Encoding": "br"}),
        app_of(body=lambda: iter([HTML])),  # streamed (a blob): passes unbuffered
    ],
)
def test_left_as_it_is(app):
    _status, headers, body = call(app)
    assert headers.get("Content-Encoding") in (None, "br")
    assert HTML.startswith(body) or body in (b"", b"<p>short</p>")


def test_streamed_resource_compressed_once():
    calls = []

    def resource(environ, start_response):
        calls.append(1)
        start_response(
            "200 OK",
            [
                ("Content-Type", "text/css"),
                ("Content-Length", str(len(HTML))),
                ("Cache-Control", "max-age=31536000, proxy-revalidate, public"),
                ("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT"),
            ],
        )
        return iter([HTML])

    wrapped = GzipFilter(resource)
    first = call(resource, wrapped=wrapped)
    second = call(resource, wrapped=wrapped)
    assert first[1]["Content-Encoding"] == second[1]["Content-Encoding"] == "gzip"
    assert gzip.decompress(first[2]) == gzip.decompress(second[2]) == HTML
    assert len(calls) == 2  # Zope still answers (its headers); the compression is kept
    assert list(wrapped.kept.values()) == [first[2]]


def test_head_passes():
    _status, headers, _body = call(app_of(), method="HEAD")
    assert "Content-Encoding" not in headers
