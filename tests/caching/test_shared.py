"""The shared cache in front of Zope (kancelaria.caching.shared) around a WSGI application
that answers as plone.app.caching does."""

from kancelaria.caching.shared import SharedCache

import pytest

PUBLIC = "max-age=0, s-maxage=10, must-revalidate"
PRIVATE = "private, no-cache, no-store, max-age=0"


class Zope:
    """Counts its calls; answers ``page N`` with the Cache-Control given."""

    def __init__(self, control=PUBLIC, status="200 OK", **headers):
        self.calls, self.control, self.status, self.headers = 0, control, status, headers

    def __call__(self, environ, start_response):
        self.calls += 1
        headers = [("Content-Type", "text/html"), ("ETag", f'"|{self.calls}|"')]
        if self.control:
            headers.append(("Cache-Control", self.control))
        start_response(self.status, [*headers, *self.headers.items()])
        return (b"", f"page {self.calls}".encode())


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def get(cache, **environ):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    env = {"REQUEST_METHOD": "GET", "PATH_INFO": "/Plone/aktualnosci", "HTTP_HOST": "x"}
    body = b"".join(cache({**env, **environ}, start_response))
    return seen["status"], seen["headers"], body


@pytest.fixture
def clock():
    return Clock()


def test_public_page_kept_for_its_max_age(clock):
    zope = Zope()
    cache = SharedCache(zope, clock=clock)
    assert get(cache)[2] == b"page 1"
    status, headers, body = get(cache)
    assert (status, body, headers["X-Cache"]) == ("200 OK", b"page 1", "HIT")
    assert zope.calls == 1
    clock.now += 9
    assert get(cache)[2] == b"page 1"
    clock.now += 1  # 10 s: expired, Zope answers the change
    assert get(cache)[2] == b"page 2"
    assert zope.calls == 2


def test_public_resource_kept_for_its_max_age(clock):
    zope = Zope("max-age=31536000, proxy-revalidate, public")
    cache = SharedCache(zope, clock=clock)
    get(cache)
    clock.now += 86400
    assert get(cache)[1]["X-Cache"] == "HIT"
    assert zope.calls == 1


def test_if_none_match_answered_304(clock):
    cache = SharedCache(Zope(), clock=clock)
    etag = get(cache)[1]["ETag"]
    status, headers, body = get(cache, HTTP_IF_NONE_MATCH=f"W/{etag}")
    assert status == "304 Not Modified"
    assert body == b""


@pytest.mark.parametrize(
    "environ",
    [
        {"HTTP_COOKIE": "__ac=abc"},
        {"HTTP_COOKIE": "statusmessages=xyz"},
        {"HTTP_AUTHORIZATION": "Basic Y2xlcms6c2VjcmV0"},
        {"REQUEST_METHOD": "POST"},
    ],
)
def test_logged_in_and_posts_never_kept_nor_served(clock, environ):
    zope = Zope()
    cache = SharedCache(zope, clock=clock)
    get(cache)  # an anonymous copy is kept
    assert get(cache, **environ)[2] == b"page 2"  # theirs from Zope, not the kept copy
    assert get(cache, **environ)[2] == b"page 3"  # and theirs is never kept
    assert get(cache)[2] == b"page 1"


@pytest.mark.parametrize(
    "zope",
    [
        Zope(PRIVATE),
        Zope("max-age=0, must-revalidate, private"),
        Zope(None),
        Zope(PUBLIC, **{"Set-Cookie": "x=1"}),
        Zope(PUBLIC, status="404 Not Found"),
        Zope("max-age=0, s-maxage=0, public"),
    ],
)
def test_what_zope_does_not_mark_public_is_never_kept(clock, zope):
    cache = SharedCache(zope, clock=clock)
    get(cache)
    get(cache)
    assert zope.calls == 2


def test_variants_kept_apart(clock):
    zope = Zope()
    cache = SharedCache(zope, clock=clock)
    get(cache)
    assert get(cache, HTTP_ACCEPT="application/json")[2] == b"page 2"
    assert get(cache, HTTP_ACCEPT_ENCODING="gzip")[2] == b"page 3"
    assert get(cache, QUERY_STRING="b_start=20")[2] == b"page 4"
    assert get(cache, HTTP_ACCEPT_LANGUAGE="en")[2] == b"page 5"
    assert get(cache, HTTP_ACCEPT="application/json")[2] == b"page 2"


def test_bounded_in_entries_and_bytes(clock):
    zope = Zope()
    cache = SharedCache(zope, entries=3, max_bytes=10**6, clock=clock)
    for n in range(5):
        get(cache, QUERY_STRING=f"page={n}")
    assert len(cache.kept) == 3
    small = SharedCache(Zope(), max_bytes=12, clock=clock)  # "page N" is 6 bytes
    for n in range(5):
        get(small, QUERY_STRING=f"page={n}")
    assert sum(len(e[4]) for e in small.kept.values()) <= 12
