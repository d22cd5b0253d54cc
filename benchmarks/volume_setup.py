"""Builds and grows the volume benchmark's two sites in one ZODB; run by ``zconsole run``.

BENCH_STEP=create: site ``stock`` (the classic distribution, a Folder ``/dokumenty``,
Documents kept out of the navigation and unversioned, as in ``desk_setup.py``) and site
``kancelaria`` (kancelaria:default; its caching off, as in ``zope_setup.py``).
BENCH_STEP=grow with BENCH_SIZE=N: the kancelaria site gets items from the generator
(``kancelaria.volume``: every type, ten years, YEARS) until it holds N; the stock folder gets
Documents (in-process ``api.content.create``, the same title and text lengths) until it
holds N. Prints ``BENCH_SETUP {json}`` with the seconds each took.

Environment: BENCH_ADMIN, BENCH_PASSWORD, BENCH_STEP, BENCH_SIZE, BENCH_YEARS (10),
DEMO_PASSWORD (the generator's users: the demo's clerk, mayor and department workers).
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from zope.component.hooks import setSite

import json
import logging
import os
import time
import transaction
import zope_sites

ADMIN = os.environ.get("BENCH_ADMIN", "admin")
PASSWORD = os.environ.get("BENCH_PASSWORD", "admin")
STEP = os.environ.get("BENCH_STEP", "create")
SIZE = int(os.environ.get("BENCH_SIZE", "1000"))
YEARS = float(os.environ.get("BENCH_YEARS", "10"))
CHUNK = 500
#: Counted as the generator's items: what it makes in the registers.
GENERATED = "kancelaria.volume.generated"

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``
logging.getLogger("kancelaria").setLevel(logging.ERROR)  # "no sender: not sending"


def create():
    from plone.base.utils import get_installer

    zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    api.portal.get_tool("portal_repository").setVersionableContentTypes([])
    zope_sites.keep_out_of_navigation("Document")
    api.content.create(
        container=api.portal.get(), type="Folder", id="dokumenty", title="Dokumenty", safe_id=False
    )
    transaction.commit()
    site = zope_sites.create_site(
        app, "kancelaria", "Kancelaria Prezydenta Miasta", ADMIN, PASSWORD
    )
    get_installer(site, site.REQUEST).install_product("kancelaria")
    api.portal.set_registry_record("plone.caching.interfaces.ICacheSettings.enabled", False)
    transaction.commit()


def grow_stock():
    site = app["stock"]
    setSite(site)
    zope_sites.login_admin(app, ADMIN, PASSWORD)
    folder = site["dokumenty"]
    text = RichTextValue(
        "<p>Zwracam się z uprzejmą prośbą o pilne zajęcie się sprawą.</p>" * 3,
        "text/html",
        "text/x-html-safe",
    )
    start = folder.objectCount()
    for i in range(start, SIZE):
        api.content.create(
            container=folder,
            type="Document",
            id=f"item-{i:06d}",
            title=f"Wniosek w sprawie remontu nawierzchni ulicy Katowickiej nr {i}",
            description="Wniosek mieszkańca o naprawę nawierzchni i chodnika.",
            text=text,
            exclude_from_nav=True,
            safe_id=False,
        )
        if (i + 1) % CHUNK == 0:
            transaction.commit()
            app._p_jar.cacheGC()
    transaction.commit()
    return SIZE - start


def grow_kancelaria():
    from kancelaria.volume.generator import generate
    from zope.annotation.interfaces import IAnnotations

    site = app["kancelaria"]
    setSite(site)
    zope_sites.login_admin(app, ADMIN, PASSWORD)
    annotations = IAnnotations(site)
    have = annotations.get(GENERATED, 0)
    made, _seconds = generate(site, SIZE - have, YEARS, seed=SIZE)
    annotations[GENERATED] = have + made
    transaction.commit()
    return made


timings = {"step": STEP}
t0 = time.perf_counter()
if STEP == "create":
    create()
    timings["sites_s"] = time.perf_counter() - t0
else:
    timings["stock_made"] = grow_stock()
    timings["stock_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    timings["kancelaria_made"] = grow_kancelaria()
    timings["kancelaria_s"] = time.perf_counter() - t0
    timings["size"] = SIZE
print("BENCH_SETUP " + json.dumps(timings), flush=True)
