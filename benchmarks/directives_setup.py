"""Builds the directives benchmark's sites in one ZODB; run by ``zconsole run``.

Sites ``small`` and ``large`` (kancelaria:default): BENCH_SMALL_MEETINGS and
BENCH_LARGE_MEETINGS meetings in ``/kancelaria/narady``, spread over the last year, each
with BENCH_PER_MEETING directives routed to the two departments of the settings, through
the real workflow: of every 10, 3 issued, 3 in progress (a progress report), 1 reported
done, 2 verified, 1 cancelled; deadlines 7–60 days after the meeting, so many open ones
are overdue. Site ``stock`` (classic): folders ``small`` and ``large`` with as many
Documents as the directives. Prints ``BENCH_SETUP {json}`` (seconds, directives/s).

What it does differently from a person in the UI, and why the catalog is the same:

- In-process, as the admin, through the functions the forms and REST call: a directive is
  created with ``plone.api`` (so the case core registers it: signature, meeting day,
  deadline), routed with ``case.routing.route`` (local roles of the department's group,
  history, ``allowedRolesAndUsers``), reported on with ``workflows.directive.add_progress``
  (the progress row, the ``start`` transition) and moved with ``api.content.transition``
  (``report_done``, ``verify``, ``cancel``: review state, closed date, desk queues). Every
  event subscriber of the product and of Plone runs; the catalog entries, local roles,
  states, progress rows and deadlines are those the product makes.
- One commit per CHUNK meetings (and one per as many Documents), not one per request: the
  catalog's indexing queue indexes each object once at the commit whatever the number of
  steps before it, so larger transactions change only how often ZODB writes.
  ``cacheGC`` between chunks keeps the catalog in memory (``cacheMinimize`` reloaded it).
- ``portal_repository`` versions no type while filling; the types are given back at the
  end. Meetings and directives are not versioned by the product anyway; the stock
  Documents' initial versions (a third of the time of the old set-up) live in
  ``portal_historiesstorage``, which no measured page reads (the listing is catalog only).
- No e-mail is sent (the sites have no sender address): the routing mail is prepared and
  dropped, as on a site without a sender.

Profiled (``BENCH_PROFILE=file`` writes cProfile's stats of the fill), the old set-up
spent a third of its time on the stock Documents' versions and reloaded the catalog after
every 25 meetings; what remains is Plone's own cost of an item (about 40 attribute
lookups through Dexterity's schema defaults to catalog it, DCWorkflow's role mappings at
each transition, the intid, relation and link-integrity subscribers), which the product's
users pay too.
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
#: Meetings per commit.
CHUNK = 100
#: The state of directive i of a meeting (of every 10).
STATES = ("issued",) * 3 + ("in_progress",) * 3 + ("reported_done", "verified", "verified")
STATES += ("cancelled",)
PERSONS = ("Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski", "Ewa Zielińska", "Marek Wójcik")
TOPICS = ("raport o stanie dróg", "harmonogram remontów", "plan imprez", "budżet wydziału")

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``


#: site id → the types its repository versions, switched off while filling.
VERSIONED = {}


def versioning_off(site_id):
    repository = api.portal.get_tool("portal_repository")
    VERSIONED[site_id] = list(repository.getVersionableContentTypes())
    repository.setVersionableContentTypes([])


def versioning_back():
    for site_id, types in VERSIONED.items():
        setSite(app[site_id])
        api.portal.get_tool("portal_repository").setVersionableContentTypes(types)
    transaction.commit()


def setup_kancelaria(site_id):
    from plone.base.utils import get_installer

    site = zope_sites.create_site(app, site_id, "Kancelaria", ADMIN, PASSWORD)
    get_installer(site, site.REQUEST).install_product("kancelaria")
    versioning_off(site_id)
    transaction.commit()


def setup_stock():
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    zope_sites.keep_out_of_navigation("Document")
    versioning_off("stock")
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


def fill_directives(name, start, end):
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


def fill_documents(name, start, end):
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


def fill():
    """Chunks of CHUNK meetings, each followed by as many Documents; returns
    ``{site: {"directives": s, "documents": s}}``."""
    spent = {}
    for name, count in MEETINGS.items():
        spent[name] = {"directives": 0.0, "documents": 0.0}
        for start in range(0, count, CHUNK):
            end = min(count, start + CHUNK)
            for part, function in (("directives", fill_directives), ("documents", fill_documents)):
                t0 = time.perf_counter()
                function(name, start, end)
                spent[name][part] += time.perf_counter() - t0
            app._p_jar.cacheGC()
            print(
                f"  {name}: {end} meetings filled ({spent[name]['directives']:.0f} s), "
                f"{end * PER_MEETING} Documents ({spent[name]['documents']:.0f} s)",
                flush=True,
            )
    return spent


timings = {}
t0 = time.perf_counter()
setup_stock()
for site_id in MEETINGS:
    setup_kancelaria(site_id)
timings["sites_s"] = time.perf_counter() - t0
PROFILE = os.environ.get("BENCH_PROFILE")
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    timings["fill_s"] = profiler.runcall(fill)
    profiler.dump_stats(PROFILE)
else:
    timings["fill_s"] = fill()
versioning_back()
directives = sum(MEETINGS.values()) * PER_MEETING
timings["directives_per_s"] = directives / sum(s["directives"] for s in timings["fill_s"].values())
timings["documents_per_s"] = directives / sum(s["documents"] for s in timings["fill_s"].values())
print("BENCH_SETUP " + json.dumps(timings), flush=True)
