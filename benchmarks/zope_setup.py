"""Builds the two benchmark sites in one ZODB; run by ``zconsole run`` (gives ``app``).

Site ``kancelaria``: the classic distribution, then kancelaria:default and
kancelaria:testing, its correspondence register accepting KancelariaTestCase. Site
``stock``: the classic distribution only. Each gets a published News Item (in
/aktualnosci) and its listing container is filled in-process with BENCH_FILL items,
in alternating chunks of 500 (one commit each), so both sites are filled by the same
process under the same load.

Environment: BENCH_ADMIN, BENCH_PASSWORD, BENCH_FILL, BENCH_STOCK_IN_NAV (0/1).
Prints one line ``BENCH_SETUP {json}`` with the timings.
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from zope.component.hooks import setSite

import json
import os
import time
import transaction

ADMIN = os.environ.get("BENCH_ADMIN", "admin")
PASSWORD = os.environ.get("BENCH_PASSWORD", "admin")
FILL = int(os.environ.get("BENCH_FILL", "0"))
STOCK_IN_NAV = os.environ.get("BENCH_STOCK_IN_NAV", "0") == "1"
CHUNK = 500

NEWS_TEXT = "".join(
    f"<p>Akapit {i}: Prezydent Miasta spotkał się z mieszkańcami dzielnicy, by omówić "
    "plan remontów ulic, budżet obywatelski i nowe linie komunikacji miejskiej.</p>"
    for i in range(1, 9)
)

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


def login_admin():
    """After the first site exists: creating it turns the root user folder into a PAS
    (Products.PlonePAS), dropping a user added before in the same transaction."""
    users = app.acl_users
    if users.getUserById(ADMIN) is None:
        users._doAddUser(ADMIN, PASSWORD, ["Manager"], [])
    newSecurityManager(None, users.getUserById(ADMIN).__of__(users))


def create_site(site_id, title):
    from plone.distribution.api import site as site_api

    answers = {
        "site_id": site_id,
        "title": title,
        "description": title,
        "default_language": "pl",
        "portal_timezone": "Europe/Warsaw",
        "setup_content": False,
    }
    site = site_api.create(app, "classic", answers)
    login_admin()
    setSite(site)
    api.portal.set_registry_record("plone.email_from_address", "bench@example.org")
    api.portal.set_registry_record("plone.email_from_name", "Bench")
    return site


def publish(obj):
    if api.content.get_state(obj=obj) != "published":
        api.content.transition(obj=obj, to_state="published")


def add_news(folder):
    news = api.content.create(
        container=folder,
        type="News Item",
        id="spotkanie-z-mieszkancami",
        title="Spotkanie Prezydenta z mieszkańcami",
        description="Prezydent Miasta rozmawiał z mieszkańcami o remontach i budżecie.",
        text=RichTextValue(NEWS_TEXT, "text/html", "text/x-html-safe"),
        safe_id=False,
    )
    publish(news)


def setup_kancelaria():
    site = create_site("kancelaria", "Kancelaria Prezydenta Miasta")
    from plone.base.utils import get_installer

    get_installer(site, site.REQUEST).install_product("kancelaria")
    site.portal_setup.runAllImportStepsFromProfile("profile-kancelaria:testing")
    letters = ISelectableConstrainTypes(site["kancelaria"]["korespondencja"])
    letters.setConstrainTypesMode(1)
    letters.setLocallyAllowedTypes(["KancelariaTestCase"])
    letters.setImmediatelyAddableTypes(["KancelariaTestCase"])
    add_news(site["aktualnosci"])
    transaction.commit()


def setup_stock():
    site = create_site("stock", "Stock Plone")
    news = api.content.create(
        container=site,
        type="Folder",
        id="aktualnosci",
        title="Aktualności",
        safe_id=False,
    )
    publish(news)
    add_news(news)
    # Private, like the internal register it is compared with.
    api.content.create(
        container=site, type="Folder", id="dokumenty", title="Dokumenty", safe_id=False
    )
    transaction.commit()


def fill_chunk(site_id, start, count):
    """Create items start..start+count-1 in the listing container; one commit."""
    site = app[site_id]
    setSite(site)
    if site_id == "kancelaria":
        container = site["kancelaria"]["korespondencja"]
        portal_type, extra = "KancelariaTestCase", {}
    else:
        container = site["dokumenty"]
        portal_type, extra = "Document", {"exclude_from_nav": not STOCK_IN_NAV}
    for i in range(start, start + count):
        api.content.create(
            container=container,
            type=portal_type,
            id=f"item-{i:06d}",
            title=f"Pismo nr {i} w sprawie remontu ulicy",
            description="Wniosek mieszkańca o naprawę nawierzchni i chodnika.",
            safe_id=False,
            **extra,
        )
    transaction.commit()


def fill():
    """Alternate chunks between the sites; return {site_id: seconds spent}."""
    spent = {"stock": 0.0, "kancelaria": 0.0}
    for start in range(0, FILL, CHUNK):
        count = min(CHUNK, FILL - start)
        for site_id in ("stock", "kancelaria"):
            t0 = time.perf_counter()
            fill_chunk(site_id, start, count)
            spent[site_id] += time.perf_counter() - t0
        app._p_jar.cacheMinimize()
        print(f"  filled {start + count}/{FILL} per site", flush=True)
    return spent


timings = {}
t0 = time.perf_counter()
setup_stock()
timings["stock_site_s"] = time.perf_counter() - t0
t0 = time.perf_counter()
setup_kancelaria()
timings["kancelaria_site_s"] = time.perf_counter() - t0
timings["fill"] = FILL
timings["fill_s"] = fill()
print("BENCH_SETUP " + json.dumps(timings), flush=True)
