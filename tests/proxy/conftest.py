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


def publish_news(site, editor, news_id, title, text="Zapraszamy."):
    made = editor.post(
        f"{site}/aktualnosci",
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
    return url


#: The PURGE leaves Zope as the editor's request ends (plone.cachepurging's worker thread):
#: a visitor's next request may come a few milliseconds before it lands.
AT_ONCE = 1.0


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
