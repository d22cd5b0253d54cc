"""The site behind a real Varnish, as ``make start-proxy`` serves it.

Once per session: a site made by ``scripts/create_site.py`` (as ``make site`` does, with
``CACHING_PROXY`` naming the Varnish to come), Zope's runwsgi without its in-process shared
cache, and Debian's varnishd with ``etc/varnish.vcl.in`` in front, both on free ports, each in
a work directory of its own, stopped afterwards. Users: ``prasa`` (the press office, an
editor) and ``woik`` (the department WOIK).

Without varnishd every test here is skipped, unless ``KANCELARIA_REQUIRE_VARNISH=1`` (CI),
where a missing varnishd is a failure.
"""

from pathlib import Path
from scripts.instance import Instance
from scripts.instance import Varnish
from scripts.instance import free_port
from scripts.instance import varnishd
from tests.ops.conftest import ADMIN
from tests.ops.conftest import add_councillor
from tests.ops.conftest import admin_session
from tests.requirements import unavailable

import pytest
import requests
import shutil
import subprocess
import time

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Haslo-proxy-1"
USERS = {"prasa": "biuro-prasowe", "woik": "dept-woik"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if varnishd() is None:
        reason = "varnishd is missing (apt-get install varnish)"
        unavailable(reason, "KANCELARIA_REQUIRE_VARNISH", "proxy tests")


class Proxied:
    """Zope (``zope``, an ``Instance``) and Varnish (``varnish``) in front of it."""

    def __init__(self, zope, varnish):
        self.zope, self.varnish = zope, varnish

    @property
    def site(self):
        """The site's address through Varnish: what visitors open."""
        return f"{self.varnish.base_url}/Plone"


@pytest.fixture(scope="session")
def proxied(tmp_path_factory):
    root = tmp_path_factory.mktemp("proxied")
    (root / "var").mkdir()
    (root / "var" / "inituser").write_text(f"{ADMIN[0]}:buildout-password\n")
    port = free_port()
    env = {
        "ADMIN_USER": ADMIN[0],
        "ADMIN_PASSWORD": ADMIN[1],
        "SITE_ID": "Plone",
        "DEMO": "0",
        "CACHING_PROXY": f"http://127.0.0.1:{port}",
    }
    zope = Instance(root)
    zope.zconsole(REPO / "scripts" / "create_site.py", env=env)
    varnish = None
    try:
        zope.start(shared_cache=False)
        varnish = Varnish(root, zope.port)
        varnish.start(port)
        proxied = Proxied(zope, varnish)
        add_users(proxied.site)
        add_councillor(proxied.site)
        add_marker(proxied.site)
        yield proxied
    finally:
        if varnish is not None:
            varnish.stop()
        zope.stop()


def add_users(site):
    admin = admin_session()
    for user, group in USERS.items():
        made = admin.post(
            f"{site}/@users",
            json={"username": user, "email": f"{user}@example.org", "password": PASSWORD},
            timeout=60,
        )
        assert made.status_code == 201, made.text
        joined = admin.patch(f"{site}/@groups/{group}", json={"users": {user: True}}, timeout=60)
        assert joined.status_code == 204, joined.text


#: A published page at the root whose edits ``settle`` sends through Zope's PURGE queue.
MARKER = "znacznik-czyszczenia"


def add_marker(site):
    admin = as_user("admin", json_api=True)
    marker = {"@type": "Document", "id": MARKER, "title": "Znacznik"}
    made = admin.post(site, json=marker, timeout=60)
    assert made.status_code == 201, made.text
    published = admin.post(f"{site}/{MARKER}/@workflow/publish", timeout=60)
    assert published.status_code == 200, published.text


def purges_seen(proxied, path):
    """How many PURGE requests for ``path`` Varnish has taken (from its shared memory log)."""
    varnishlog = shutil.which("varnishlog") or "/usr/bin/varnishlog"
    log = subprocess.run(
        [varnishlog, "-n", str(proxied.varnish.workdir), "-d", "-i", "ReqURL"]
        + ["-q", 'ReqMethod eq "PURGE"'],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return sum(line.split()[-1:] == [path] for line in log.splitlines() if "ReqURL" in line)


def settle(proxied):
    """Return once every PURGE Zope has queued so far has reached Varnish.

    plone.cachepurging sends them after the response, from one worker thread per proxy, in
    the order queued: an edit of the marker page queues one more, and once Varnish has taken
    the marker's PURGE it has taken every one queued before it. Without this, a visitor's
    request right after an editor's could be kept and then purged by the editor's late PURGE.
    """
    path = f"/Plone/{MARKER}"
    before = purges_seen(proxied, path)
    admin = as_user("admin", json_api=True)
    edited = admin.patch(f"{proxied.site}/{MARKER}", json={"description": str(before)}, timeout=60)
    assert edited.status_code == 204, edited.text
    start = time.monotonic()
    while purges_seen(proxied, path) == before:
        assert time.monotonic() - start < 30, "Zope's PURGE of the marker never reached Varnish"
        time.sleep(0.05)


def as_user(user=None, json_api=False):
    """A session through the proxy: anonymous, or ``user`` by HTTP Basic (``admin`` too)."""
    session = requests.Session()
    if user:
        session.auth = ADMIN if user == ADMIN[0] else (user, PASSWORD)
    if json_api:
        session.headers["Accept"] = "application/json"
    return session


def anonymous(url, json_api=False, **kwargs):
    return as_user(None, json_api).get(url, timeout=60, **kwargs)


@pytest.fixture
def editor():
    """The press office's REST session (HTTP Basic)."""
    return as_user("prasa", json_api=True)


def publish_news(proxied, editor, news_id, title, text="Zapraszamy."):
    """A news item published by ``editor``; returned once its PURGEs have reached Varnish."""
    made = editor.post(
        f"{proxied.site}/aktualnosci",
        json={
            "@type": "News Item",
            "id": news_id,
            "title": title,
            "text": {"data": f"<p>{text}</p>", "content-type": "text/html"},
        },
        timeout=60,
    )
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    published = editor.post(f"{url}/@workflow/publish", timeout=60)
    assert published.status_code == 200, published.text
    settle(proxied)
    return url


#: The PURGEs leave Zope after the editor's request (plone.cachepurging's worker thread, one
#: after the other: the item's addresses, its parent's, the home page's), a few milliseconds
#: each, more on a busy machine (1.04 s to the home page's with the other core generating
#: data). Well under the pages' s-maxage (10 s): what is seen in time was purged, not expired.
AT_ONCE = 3.0


def seen(url, check, json_api=False):
    """Seconds until anonymous sees what ``check(response)`` wants; fails after AT_ONCE."""
    start = time.monotonic()
    while True:
        response = anonymous(url, json_api)
        assert response.status_code < 500
        if check(response):
            return time.monotonic() - start
        assert time.monotonic() - start < AT_ONCE, (url, response.headers.get("X-Cache"))
        time.sleep(0.05)
