"""Builds the desk benchmark's two sites in one ZODB; run by ``zconsole run`` (gives ``app``).

Both are styled at 127.0.0.1 (as in ``zope_setup.py``). Site ``stock``: the classic
distribution, a Folder ``/dokumenty`` of BENCH_CASES Documents (kept out of the
navigation, as in ``zope_setup.py``). Site ``kancelaria``: the classic
distribution with kancelaria:default, four departments, one councillor, the users
``clerk`` (group kancelaria), ``mayor`` (prezydent) and ``woik`` (dept-woik), and
BENCH_CASES Interpellations in ``/interpelacje`` the way an office of some years holds them:
of every 100, 85 answered, 2 withdrawn, 3 registered (to route), 5 forwarded, 1 returned
with the mayor's comment and 4 awaiting approval — the open ones received in the last 40
days (so some are overdue), spread over the departments, each state reached through the
real workflow (``routing.route``, ``submit_answer``, ``return_answer``, ``approve_answer``).
Versioning is switched off while filling (the versions are never read by what is
measured); no e-mail is sent (the site has no sender address).

Environment: BENCH_ADMIN, BENCH_PASSWORD, BENCH_USER_PASSWORD, BENCH_CASES.
Prints ``BENCH_SETUP {json}``.
"""

from datetime import timedelta
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
CASES = int(os.environ.get("BENCH_CASES", "10000"))
USER_PASSWORD = os.environ.get("BENCH_USER_PASSWORD", "biurko-2026")
CHUNK = 250
DEPARTMENTS = ("WOIK", "WKSP", "WGK", "WI")
#: The state of case ``i`` by ``i % 100``.
PLAN = (
    ("registered", 3),
    ("forwarded", 5),
    ("returned", 1),
    ("answer_review", 4),
    ("withdrawn", 2),
    ("answered", 85),
)
TEXT = "<p>Proszę o informację o terminie remontu nawierzchni i chodnika.</p>"

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``
logging.getLogger("kancelaria").setLevel(logging.ERROR)  # "no sender: not sending"


def state_of(i):
    rest = i % 100
    for state, share in PLAN:
        if rest < share:
            return state
        rest -= share
    raise AssertionError(i)


def setup_stock():
    site = zope_sites.create_site(app, "stock", "Stock Plone", ADMIN, PASSWORD)
    api.portal.get_tool("portal_repository").setVersionableContentTypes([])
    zope_sites.keep_out_of_navigation("Document")
    api.content.create(
        container=site, type="Folder", id="dokumenty", title="Dokumenty", safe_id=False
    )
    transaction.commit()


def setup_kancelaria():
    from plone.base.utils import get_installer

    site = zope_sites.create_site(
        app, "kancelaria", "Kancelaria Prezydenta Miasta", ADMIN, PASSWORD
    )
    get_installer(site, site.REQUEST).install_product("kancelaria")
    api.portal.get_tool("portal_repository").setVersionableContentTypes([])
    api.portal.set_registry_record(
        "kancelaria.departments",
        [
            {"symbol": s, "title": f"Wydział {s}", "email": f"{s.lower()}@um.example"}
            for s in DEPARTMENTS
        ],
    )
    from kancelaria.groups import ensure_department_groups

    ensure_department_groups()
    api.portal.set_registry_record(
        "kancelaria.councillors",
        [{"id": "jan-nowak", "fullname": "Jan Nowak", "club": "", "email": ""}],
    )
    for user, group in (("clerk", "kancelaria"), ("mayor", "prezydent"), ("woik", "dept-woik")):
        api.user.create(username=user, email=f"{user}@um.example", password=USER_PASSWORD)
        api.group.add_user(groupname=group, username=user)
    transaction.commit()


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def make_case(register, i, today):
    from kancelaria.case import routing

    state = state_of(i)
    closed = state in ("answered", "withdrawn")
    received = today - timedelta(days=(60 + i % 900) if closed else i % 40)
    obj = api.content.create(
        container=register,
        type="Interpellation",
        id=f"item-{i:06d}",
        title=f"Interpelacja nr {i} w sprawie remontu ulicy",
        kind="interpellation",
        councillor="jan-nowak",
        received_date=received,
        text=html(TEXT),
        safe_id=False,
    )
    if state == "registered":
        return
    routing.route(obj, [DEPARTMENTS[i % len(DEPARTMENTS)]], "Do przygotowania odpowiedzi")
    if state in ("forwarded", "withdrawn"):
        if state == "withdrawn":
            api.content.transition(obj=obj, transition="withdraw")
        return
    obj.answer = html(f"<p>Odpowiedź na interpelację nr {i}.</p>")
    api.content.transition(obj=obj, transition="submit_answer")
    if state == "returned":
        api.content.transition(obj=obj, transition="return_answer", comment="Proszę o koszty.")
    elif state == "answered":
        api.content.transition(obj=obj, transition="approve_answer")


def fill():
    """Alternate chunks between the sites; return {site: seconds spent}."""
    from kancelaria import clock

    spent = {"stock": 0.0, "kancelaria": 0.0}
    for start in range(0, CASES, CHUNK):
        end = min(CASES, start + CHUNK)
        t0 = time.perf_counter()
        setSite(app["stock"])
        folder = app["stock"]["dokumenty"]
        for i in range(start, end):
            api.content.create(
                container=folder,
                type="Document",
                id=f"item-{i:06d}",
                title=f"Pismo nr {i} w sprawie remontu ulicy",
                description="Wniosek mieszkańca o naprawę nawierzchni i chodnika.",
                text=html(TEXT),
                exclude_from_nav=True,
                safe_id=False,
            )
        transaction.commit()
        spent["stock"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        setSite(app["kancelaria"])
        register = app["kancelaria"]["interpelacje"]
        today = clock.today()
        for i in range(start, end):
            make_case(register, i, today)
        transaction.commit()
        spent["kancelaria"] += time.perf_counter() - t0
        app._p_jar.cacheMinimize()
        print(f"  filled {end} per site", flush=True)
    return spent


timings = {}
t0 = time.perf_counter()
setup_stock()
setup_kancelaria()
timings["sites_s"] = time.perf_counter() - t0
timings["cases"] = CASES
timings["fill_s"] = fill()
print("BENCH_SETUP " + json.dumps(timings), flush=True)
