"""Builds the directives benchmark's sites in one ZODB; run by ``zconsole run``.

Sites ``small`` and ``large`` (kancelaria:default): BENCH_SMALL_MEETINGS and
BENCH_LARGE_MEETINGS meetings in ``/kancelaria/narady``, spread over the last year, each
with BENCH_PER_MEETING directives routed to the two departments of the settings, through
the real workflow: of every 10, 3 issued, 3 in progress (a progress report), 1 reported
done, 2 verified, 1 cancelled; deadlines 7–60 days after the meeting, so many open ones
are overdue. Site ``stock`` (classic): folders ``small`` and ``large`` with as many
Documents as the directives. In-process, a commit per 25 meetings. No e-mail is sent (the
sites have no sender address). Prints ``BENCH_SETUP {json}``.
"""

from datetime import datetime
from datetime import timedelta
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
PER_MEETING = int(os.environ.get("BENCH_PER_MEETING", "10"))
MEETINGS = {
    "small": int(os.environ["BENCH_SMALL_MEETINGS"]),
    "large": int(os.environ["BENCH_LARGE_MEETINGS"]),
}
CHUNK = 25
#: The state of directive i of a meeting (of every 10).
STATES = ("issued",) * 3 + ("in_progress",) * 3 + ("reported_done", "verified", "verified")
STATES += ("cancelled",)
PERSONS = ("Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski", "Ewa Zielińska", "Marek Wójcik")
TOPICS = ("raport o stanie dróg", "harmonogram remontów", "plan imprez", "budżet wydziału")

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


def setup_kancelaria(site_id):
    from plone.base.utils import get_installer

    site = zope_sites.create_site(app, site_id, "Kancelaria", ADMIN, PASSWORD)
    get_installer(site, site.REQUEST).install_product("kancelaria")
    transaction.commit()


def setup_stock():
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    zope_sites.keep_out_of_navigation("Document")
    for name in MEETINGS:
        api.content.create(container=site, type="Folder", id=name, title=name, safe_id=False)
    transaction.commit()


def meeting(register, m, count, today, zone):
    day = today - timedelta(days=1 + m * 365 // count)
    return api.content.create(
        container=register,
        type="Meeting",
        id=f"narada-{m:05d}",
        title=f"Narada kierownictwa nr {m}",
        start=datetime(day.year, day.month, day.day, 10, 0, tzinfo=zone),
        place="Sala sesyjna",
        agenda=[{"number": "1", "topic": "Sprawy bieżące"}],
        safe_id=False,
    ), day


def directive(obj_meeting, day, m, i, departments):
    from kancelaria.case import routing
    from kancelaria.workflows import directive as directives

    n = m * PER_MEETING + i
    state = STATES[i % len(STATES)]
    obj = api.content.create(
        container=obj_meeting,
        type="Directive",
        id=f"polecenie-{i:03d}",
        title=f"Przygotować {TOPICS[n % len(TOPICS)]} ({n})",
        responsible_person=PERSONS[n % len(PERSONS)],
        priority=("low", "normal", "high")[n % 3],
        deadline=day + timedelta(days=7 + n % 54),
        safe_id=False,
    )
    routing.route(obj, [departments[n % len(departments)]], "Do wykonania")
    if state != "issued":
        directives.add_progress(obj, "Rozpoczęto prace", 10 + n % 80)
    if state in ("reported_done", "verified"):
        obj.completion_report = RichTextValue("<p>Wykonano.</p>", "text/html", "text/x-html-safe")
        api.content.transition(obj=obj, transition="report_done")
    if state == "verified":
        api.content.transition(obj=obj, transition="verify")
    if state == "cancelled":
        api.content.transition(obj=obj, transition="cancel", comment="Nieaktualne")


def fill_chunk(name, start, end):
    from kancelaria import clock
    from kancelaria import settings

    site = app[name]
    setSite(site)
    register = site["kancelaria"]["narady"]
    today, zone = clock.today(), clock.zone()
    departments = list(settings.departments())
    for m in range(start, end):
        obj, day = meeting(register, m, MEETINGS[name], today, zone)
        for i in range(PER_MEETING):
            directive(obj, day, m, i, departments)
    transaction.commit()
    site = app["stock"]
    setSite(site)
    folder = site[name]
    for n in range(start * PER_MEETING, end * PER_MEETING):
        api.content.create(
            container=folder,
            type="Document",
            id=f"item-{n:06d}",
            title=f"Polecenie nr {n}",
            text=RichTextValue("<p>Przygotować raport.</p>", "text/html", "text/x-html-safe"),
            safe_id=False,
        )
    transaction.commit()


timings = {}
t0 = time.perf_counter()
setup_stock()
for site_id in MEETINGS:
    setup_kancelaria(site_id)
timings["sites_s"] = time.perf_counter() - t0
timings["fill_s"] = {}
for name, count in MEETINGS.items():
    t0 = time.perf_counter()
    for start in range(0, count, CHUNK):
        fill_chunk(name, start, min(count, start + CHUNK))
        app._p_jar.cacheMinimize()
        print(f"  {name}: {min(count, start + CHUNK)} meetings filled", flush=True)
    timings["fill_s"][name] = time.perf_counter() - t0
print("BENCH_SETUP " + json.dumps(timings), flush=True)
