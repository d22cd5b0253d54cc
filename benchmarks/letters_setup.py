"""Builds the correspondence benchmark's sites in one ZODB; run by ``zconsole run``.

Sites ``small`` and ``large`` (kancelaria:default): BENCH_SMALL and BENCH_LARGE letters in
their ``/kancelaria/korespondencja`` — four incoming letters in five, of varying kinds, senders
and states, one outgoing in five — received last year, so this year's incoming log and the
writers' JRWA class (BENCH_WRITERS_JRWA, added to the settings) start at 1. Site ``stock``
(classic): folders ``small`` and ``large`` with as many Documents. In-process, in chunks
of 500 (one commit each), each chunk of letters followed by as many Documents. Prints
``BENCH_SETUP {json}``.
"""

from datetime import date
from plone import api
from plone.app.textfield.value import RichTextValue
from zope.component.hooks import setSite

import json
import os
import time
import transaction
import zope_sites

ADMIN = os.environ.get("BENCH_ADMIN", "admin")
PASSWORD = os.environ.get("BENCH_PASSWORD", "admin")
SIZES = {"small": int(os.environ["BENCH_SMALL"]), "large": int(os.environ["BENCH_LARGE"])}
WRITERS_JRWA = os.environ.get("BENCH_WRITERS_JRWA", "0099")
CHUNK = 500
KINDS = ("general", "resident_inquiry", "complaint", "request", "invitation")
SENDERS = ("Anna Mieszkańska", "Jan Kowalski", "Szkoła nr 3", "Firma Budex", "Rada Osiedla")
SUMMARY = "Wniosek mieszkańca o naprawę nawierzchni i chodnika przy ulicy Polnej."
LAST_YEAR = date.today().year - 1

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


def setup_kancelaria(site_id):
    from plone.base.utils import get_installer

    site = zope_sites.create_site(app, site_id, "Kancelaria", ADMIN, PASSWORD)
    get_installer(site, site.REQUEST).install_product("kancelaria")
    jrwa = api.portal.get_registry_record("kancelaria.jrwa")
    bench_class = {"symbol": WRITERS_JRWA, "title": "Benchmark (g): concurrent writers"}
    api.portal.set_registry_record("kancelaria.jrwa", [*jrwa, bench_class])
    transaction.commit()


def setup_stock():
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    zope_sites.keep_out_of_navigation("Document")
    for name in (*SIZES, "dokumenty"):
        api.content.create(container=site, type="Folder", id=name, title=name, safe_id=False)
    transaction.commit()


def letter(container, i):
    """Letter ``i``: incoming (four in five) or outgoing, in a state of its workflow."""
    from kancelaria.case import routing

    received = date(LAST_YEAR, 1 + i % 12, 1 + i % 28)
    if i % 5 == 4:
        obj = api.content.create(
            container=container,
            type="OutgoingLetter",
            id=f"item-{i:06d}",
            title=f"Odpowiedź nr {i} w sprawie remontu ulicy",
            recipients=[{"name": SENDERS[i % len(SENDERS)]}],
            kind="information",
            signatory="prezydent",
            received_date=received,
            safe_id=False,
        )
        return obj
    obj = api.content.create(
        container=container,
        type="IncomingLetter",
        id=f"item-{i:06d}",
        title=f"Pismo nr {i} w sprawie remontu ulicy",
        sender_name=SENDERS[i % len(SENDERS)],
        kind=KINDS[i % len(KINDS)],
        summary=SUMMARY,
        received_date=received,
        safe_id=False,
    )
    if i % 3:  # two in three routed (no e-mail: the site has no sender address)
        routing.route(obj, ["WOIK"], "Do odpowiedzi")
    return obj


def fill_chunk(name, start, count):
    for site_id, make in ((name, letter), ("stock", None)):
        site = app[site_id]
        setSite(site)
        if make is None:
            container = site[name]
            for i in range(start, start + count):
                api.content.create(
                    container=container,
                    type="Document",
                    id=f"item-{i:06d}",
                    title=f"Pismo nr {i} w sprawie remontu ulicy",
                    description=SUMMARY,
                    text=RichTextValue(f"<p>{SUMMARY}</p>", "text/html", "text/x-html-safe"),
                    safe_id=False,
                )
        else:
            container = site["kancelaria"]["korespondencja"]
            for i in range(start, start + count):
                make(container, i)
        transaction.commit()


timings = {}
t0 = time.perf_counter()
setup_stock()
for site_id in SIZES:
    setup_kancelaria(site_id)
timings["sites_s"] = time.perf_counter() - t0
timings["fill_s"] = {}
for name, size in SIZES.items():
    t0 = time.perf_counter()
    for start in range(0, size, CHUNK):
        fill_chunk(name, start, min(CHUNK, size - start))
        app._p_jar.cacheMinimize()
        print(f"  {name}: filled {min(start + CHUNK, size)}", flush=True)
    timings["fill_s"][name] = time.perf_counter() - t0
print("BENCH_SETUP " + json.dumps(timings), flush=True)
