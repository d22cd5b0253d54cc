"""Builds the two benchmark sites in one ZODB; run by ``zconsole run`` (gives ``app``).

Site ``kancelaria``: the classic distribution, then kancelaria:default and
kancelaria:testing, one councillor and the JRWA class of benchmark (d) in the settings, its
correspondence register accepting KancelariaTestCase. Site ``stock``: the classic
distribution only, with ``Document`` and ``News Item`` out of ``plone.displayed_types`` as
Kancelaria keeps its case types and news items out (unless BENCH_STOCK_IN_NAV=1). Each gets
a published News Item (in /aktualnosci). In-process, in alternating chunks of 500 (one
commit each), so that all are filled by the same process under the same load: BENCH_FILL
Documents in /stock/dokumenty and Interpellations in /kancelaria/interpelacje,
BENCH_REGISTER_FILL KancelariaTestCases in /kancelaria/kancelaria/korespondencja.

Environment: BENCH_ADMIN, BENCH_PASSWORD, BENCH_FILL, BENCH_REGISTER_FILL,
BENCH_COUNCILLOR, BENCH_WRITERS_JRWA, BENCH_STOCK_IN_NAV (0/1), BENCH_STOCK_RESTAPI (0/1:
the stock site gets plone.restapi's profile, as Kancelaria has it, for anonymous REST GETs).
Prints one line ``BENCH_SETUP {json}`` with the timings.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from zope.component.hooks import setSite

import json
import os
import time
import transaction
import zope_sites

ADMIN = os.environ.get("BENCH_ADMIN", "admin")
PASSWORD = os.environ.get("BENCH_PASSWORD", "admin")
FILL = int(os.environ.get("BENCH_FILL", "0"))
REGISTER_FILL = int(os.environ.get("BENCH_REGISTER_FILL", "0"))
COUNCILLOR = os.environ.get("BENCH_COUNCILLOR", "jan-nowak")
WRITERS_JRWA = os.environ.get("BENCH_WRITERS_JRWA", "0099")
STOCK_IN_NAV = os.environ.get("BENCH_STOCK_IN_NAV", "0") == "1"
STOCK_RESTAPI = os.environ.get("BENCH_STOCK_RESTAPI", "0") == "1"
CHUNK = 500

NEWS_TEXT = "".join(
    f"<p>Akapit {i}: Prezydent Miasta spotkał się z mieszkańcami dzielnicy, by omówić "
    "plan remontów ulic, budżet obywatelski i nowe linie komunikacji miejskiej.</p>"
    for i in range(1, 9)
)
TEXT = "<p>Proszę o informację o terminie remontu nawierzchni i chodnika.</p>"

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


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


def with_sender():
    api.portal.set_registry_record("plone.email_from_address", "bench@example.org")
    api.portal.set_registry_record("plone.email_from_name", "Bench")


def setup_kancelaria():
    site = zope_sites.create_site(
        app, "kancelaria", "Kancelaria Prezydenta Miasta", ADMIN, PASSWORD
    )
    from plone.base.utils import get_installer

    with_sender()
    get_installer(site, site.REQUEST).install_product("kancelaria")
    site.portal_setup.runAllImportStepsFromProfile("profile-kancelaria:testing")
    councillor = {"id": COUNCILLOR, "fullname": "Jan Nowak", "club": "", "email": ""}
    api.portal.set_registry_record("kancelaria.councillors", [councillor])
    jrwa = api.portal.get_registry_record("kancelaria.jrwa")
    bench_class = {"symbol": WRITERS_JRWA, "title": "Benchmark (d): concurrent writers"}
    api.portal.set_registry_record("kancelaria.jrwa", [*jrwa, bench_class])
    letters = ISelectableConstrainTypes(site["kancelaria"]["korespondencja"])
    letters.setConstrainTypesMode(1)
    letters.setLocallyAllowedTypes(["KancelariaTestCase"])
    letters.setImmediatelyAddableTypes(["KancelariaTestCase"])
    add_news(site["aktualnosci"])
    # (b) compares what a page costs to render: Kancelaria's caching (plone.app.caching, on
    # by kancelaria:default) is switched off here; benchmarks/caching.py measures it.
    api.portal.set_registry_record("plone.caching.interfaces.ICacheSettings.enabled", False)
    transaction.commit()


def setup_stock():
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    with_sender()
    if not STOCK_IN_NAV:
        zope_sites.keep_out_of_navigation("Document")
        zope_sites.keep_out_of_navigation("News Item")
    if STOCK_RESTAPI:
        from plone.base.utils import get_installer

        get_installer(site, site.REQUEST).install_product("plone.restapi")
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


# name: (site, container path, type, fields besides id and title, how many)
TARGETS = {
    "stock": ("stock", "dokumenty", "Document", {}, FILL),
    "interpellations": (
        "kancelaria",
        "interpelacje",
        "Interpellation",
        {"kind": "interpellation", "councillor": COUNCILLOR},
        FILL,
    ),
    "register": (
        "kancelaria",
        "kancelaria/korespondencja",
        "KancelariaTestCase",
        {},
        REGISTER_FILL,
    ),
}


def fill_chunk(name, start, count):
    """Create items start..start+count-1 in the container of ``name``; one commit."""
    site_id, path, portal_type, extra, _total = TARGETS[name]
    site = app[site_id]
    setSite(site)
    container = site.unrestrictedTraverse(path)
    extra = dict(extra)
    if portal_type != "Interpellation":  # it has no description
        extra["description"] = "Wniosek mieszkańca o naprawę nawierzchni i chodnika."
    if portal_type != "KancelariaTestCase":  # it has no text
        extra["text"] = RichTextValue(TEXT, "text/html", "text/x-html-safe")
    for i in range(start, start + count):
        api.content.create(
            container=container,
            type=portal_type,
            id=f"item-{i:06d}",
            title=f"Pismo nr {i} w sprawie remontu ulicy",
            safe_id=False,
            **extra,
        )
    transaction.commit()


def fill():
    """Alternate chunks between the containers; return {name: seconds spent}."""
    spent = dict.fromkeys(TARGETS, 0.0)
    for start in range(0, max(FILL, REGISTER_FILL), CHUNK):
        for name, target in TARGETS.items():
            count = min(CHUNK, target[-1] - start)
            if count <= 0:
                continue
            t0 = time.perf_counter()
            fill_chunk(name, start, count)
            spent[name] += time.perf_counter() - t0
        app._p_jar.cacheMinimize()
        print(f"  filled {start + CHUNK} per container", flush=True)
    return spent


timings = {}
t0 = time.perf_counter()
setup_stock()
timings["stock_site_s"] = time.perf_counter() - t0
t0 = time.perf_counter()
setup_kancelaria()
timings["kancelaria_site_s"] = time.perf_counter() - t0
timings["fill"] = {name: target[-1] for name, target in TARGETS.items()}
timings["fill_s"] = fill()


def rebuild_text_index():
    """(d) Rebuilding SearchableText over the filled sites: stock on Plone's lexicon
    (``reindexIndex``, what a stock site's rebuild costs); Kancelaria moved back onto
    Plone's lexicon first, as an existing site is, then timed moving onto its Polish
    lexicon (``use_polish_lexicon``, its upgrade step). A cold cache for both."""
    from kancelaria.search import lexicon

    result = {}
    for site_id in ("stock", "kancelaria"):
        site = app[site_id]
        setSite(site)
        catalog = site.portal_catalog
        if site_id == "kancelaria":
            lexicon.use_plone_lexicon()
            transaction.commit()
        app._p_jar.cacheMinimize()
        t0 = time.perf_counter()
        if site_id == "kancelaria":
            assert lexicon.use_polish_lexicon()
        else:
            catalog.reindexIndex("SearchableText", None)
        transaction.commit()
        result[site_id] = {"s": time.perf_counter() - t0, "objects": len(catalog)}
        print(f"  (d) {site_id}: {result[site_id]}", flush=True)
    return result


timings["reindex"] = rebuild_text_index()
print("BENCH_SETUP " + json.dumps(timings), flush=True)
