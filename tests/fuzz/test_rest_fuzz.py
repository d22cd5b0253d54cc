"""Fuzzing the project's own REST endpoints on the real server: no answer is a 5xx.

About 850 generated requests in all (the same on every run), as the office, a department,
the mayor, an administrator and anonymous users; see ``strategies`` for what they hold.
Each endpoint also gets, first, the inputs of issue 6 that once answered 500.
"""

from hypothesis import strategies as st
from tests.fuzz import strategies as s
from tests.fuzz.conftest import NO_BODY
from tests.fuzz.conftest import Raw
from tests.fuzz.conftest import run

import pytest

pytestmark = pytest.mark.fuzz

STAFF = st.sampled_from(["clerk", "woik", None])


def bodies(fields, base=None):
    return st.one_of(s.body(fields, base), s.raw_bodies.map(Raw))


CASE_FIELDS = {
    "title": s.texts,
    "kind": st.sampled_from(["interpellation", "inquiry", "motion", "petycja"]),
    "councillor": st.sampled_from(["jan-nowak", "anna-kowalska", "nikt"]),
    "text": s.html,
    "answer": s.html,
    "answer_date": s.dates,
    "received_date": s.dates,
    "jrwa": st.sampled_from(["0003", "0002", "9999", ""]),
    "deadline": s.dates,
    "signature": s.texts,
    "departments": s.departments,
    "description": s.texts,
}
#: A body the office would send: the fuzzer changes one field of it at a time.
GOOD_INTERPELLATION = {
    "@type": "Interpellation",
    "title": "Oświetlenie ulicy Polnej",
    "kind": "interpellation",
    "councillor": "jan-nowak",
    "text": {"data": "<p>Kiedy?</p>", "content-type": "text/html"},
}


def test_route(fuzz, finterpellation):
    item = finterpellation("registered")
    fields = {"departments": s.departments, "comment": s.texts}
    run(
        st.tuples(STAFF, bodies(fields, {"departments": ["WOIK"]})),
        80,
        lambda ex: fuzz.send("POST", item.absolute_url() + "/@route", ex[0], ex[1]),
        known=[
            ("clerk", {"departments": ["WOIK"], "comment": 5}),
            ("clerk", {"departments": ["WOIK"], "comment": ["a", "b"]}),
        ],
    )
    fuzz.check()


def test_deadline(fuzz, finterpellation):
    item = finterpellation("forwarded")
    fields = {"deadline": s.dates, "reason": s.texts}
    run(
        st.tuples(
            st.sampled_from(["clerk", "woik"]),
            bodies(fields, {"deadline": "2030-01-02", "reason": "Prośba wydziału"}),
        ),
        80,
        lambda ex: fuzz.send("POST", item.absolute_url() + "/@deadline", ex[0], ex[1]),
        known=[("clerk", {"deadline": "2030-01-02", "reason": 5})],
    )
    fuzz.check()


def test_deadlines_listing(fuzz, fportal, finterpellation):
    finterpellation("forwarded")
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"
    params = s.query(
        {
            "department": st.sampled_from(["WOIK", "WKSP", "XYZ"]),
            "within": s.int_text,
            "status": st.sampled_from(["overdue", "late"]),
            "b_start": s.int_text,
            "b_size": s.int_text,
        }
    )
    users = st.sampled_from(["clerk", "woik", "outsider", None])
    run(
        st.tuples(users, params),
        100,
        lambda ex: fuzz.send("GET", url, ex[0], params=ex[1]),
        known=[("clerk", {"within": "1000000000000"}), ("clerk", {"b_size": "-1"})],
    )
    fuzz.check()


def test_workflow(fuzz, finterpellation):
    items = [
        finterpellation("registered", title="Pierwsza"),
        finterpellation("forwarded", title="Druga"),
        finterpellation("answer_review", title="Trzecia"),
    ]
    transitions = st.sampled_from(
        ["forward", "submit_answer", "return_answer", "approve_answer", "withdraw", "publish", "x"]
    )
    fields = {"comment": s.texts, "include_children": st.booleans(), "effective": s.dates}
    users = st.sampled_from(["clerk", "woik", "mayor", None])
    run(
        st.tuples(
            st.sampled_from(items),
            transitions,
            users,
            st.one_of(st.just(NO_BODY), bodies(fields, {"comment": "Proszę poprawić"})),
        ),
        120,
        lambda ex: fuzz.send("POST", f"{ex[0].absolute_url()}/@workflow/{ex[1]}", ex[2], ex[3]),
        known=[
            (items[2], "return_answer", "mayor", {"comment": 5}),
            (items[2], "submit_answer", "woik", ["submit"]),
        ],
    )
    fuzz.check()


def test_stats(fuzz, fportal, finterpellation):
    finterpellation("forwarded")
    url = fportal["interpelacje"].absolute_url() + "/@stats"
    params = s.query(
        {
            "year": s.int_text,
            "councillor": st.sampled_from(["jan-nowak", "nikt"]),
            "kind": st.sampled_from(["inquiry", "petycja"]),
        }
    )
    run(
        st.tuples(st.sampled_from(["clerk", None]), params),
        60,
        lambda ex: fuzz.send("GET", url, ex[0], params=ex[1]),
    )
    fuzz.check()


ROWS = {
    "departments": {"symbol": s.texts, "title": s.texts, "email": s.texts},
    "councillors": {"id": s.texts, "fullname": s.texts, "club": s.texts, "email": s.texts},
    "jrwa": {"symbol": s.texts, "title": s.texts},
}


def rows(columns):
    return st.lists(st.fixed_dictionaries({}, optional=columns), max_size=3)


SETTINGS_FIELDS = {
    **{name: rows(columns) for name, columns in ROWS.items()},
    "unit_symbol": s.texts,
    "type_jrwa": st.dictionaries(s.texts, s.texts, max_size=2),
    "deadline_days": st.dictionaries(
        st.sampled_from(["interpellation", "motion", "letter", "x"]), s.numbers, max_size=2
    ),
    "shift_deadlines": st.booleans(),
    "patronage_min_days": s.numbers,
    "due_soon_days": s.numbers,
    "max_title_length": s.numbers,
    "max_text_length": s.numbers,
    "max_attachment_mb": s.numbers,
    "attachment_types": st.lists(s.texts, max_size=3),
}


def test_controlpanel(fuzz):
    url = "@controlpanels/kancelaria"
    requests = st.one_of(
        st.tuples(st.just("GET"), st.sampled_from(["admin", "clerk", None]), st.just(NO_BODY)),
        st.tuples(
            st.just("PATCH"), st.sampled_from(["admin", "admin", "clerk"]), bodies(SETTINGS_FIELDS)
        ),
    )
    run(requests, 100, lambda ex: fuzz.send(ex[0], url, ex[1], ex[2]))
    fuzz.check()


def test_add_interpellation(fuzz, fportal):
    url = fportal["interpelacje"].absolute_url()
    fields = {
        "@type": st.sampled_from(["Interpellation", "Interpellation", "File", "Nic"]),
        **CASE_FIELDS,
    }
    requests = st.tuples(STAFF, bodies(fields, GOOD_INTERPELLATION))
    known = [
        ("clerk", {**GOOD_INTERPELLATION, "received_date": "9999-12-31"}),
        ("clerk", {**GOOD_INTERPELLATION, "text": {"data": 5}}),
        ("clerk", Raw(b"nie json")),
        ("clerk", ["Interpellation"]),
        ("clerk", "Interpellation"),
        ("clerk", None),
        ("clerk", Raw(b"[" * 100_000 + b"]" * 100_000)),
    ]
    run(requests, 150, lambda ex: fuzz.send("POST", url, ex[0], ex[1]), known)
    fuzz.check()


def test_patch_case(fuzz, finterpellation, fcase):
    items = [finterpellation("forwarded"), fcase()]
    run(
        st.tuples(st.sampled_from(items), STAFF, bodies(CASE_FIELDS)),
        150,
        lambda ex: fuzz.send("PATCH", ex[0].absolute_url(), ex[1], ex[2]),
        known=[
            (items[0], "clerk", {"jrwa": "0002"}),
            (items[1], "clerk", {"jrwa": "0002"}),
            (items[0], "clerk", {"received_date": "9999-12-31"}),
        ],
    )
    fuzz.check()


def test_case_status(fuzz, fportal, fcase):
    """The residents' status check, anonymous and logged in (attempts not limited here)."""
    from kancelaria.case import ratelimit
    from kancelaria.case import statuscheck
    from plone import api

    import transaction

    case = fcase("Pismo mieszkańca")
    api.portal.set_registry_record("kancelaria.status_check_attempts", 100000)
    transaction.commit()
    ratelimit.LIMITER.reset()
    code = statuscheck.stored_code(case)
    fields = {
        "signature": st.one_of(s.texts, st.just(case.signature)),
        "code": st.one_of(s.texts, st.just(code), st.just(code.lower())),
    }
    run(
        st.tuples(
            st.sampled_from([None, "woik"]),
            bodies(fields, {"signature": case.signature, "code": code}),
        ),
        80,
        lambda ex: fuzz.send("POST", fportal.absolute_url() + "/@case-status", ex[0], ex[1]),
        known=[(None, {"signature": "KPM.0002.1.2026", "code": "\x00" * 10})],
    )
    fuzz.check()
