"""The demo profile ``kancelaria:demo``: a living register, made once."""

from DateTime import DateTime
from kancelaria import clock
from kancelaria import demo
from kancelaria.case import deadlines
from kancelaria.case import history
from kancelaria.case import mail
from kancelaria.content.interpellation import KINDS
from plone import api
from plone.app.testing import applyProfile
from plone.app.testing import logout

import pytest
import transaction

STATES = {"registered", "forwarded", "answer_review", "answered", "withdrawn"}


def apply_demo(portal):
    with api.env.adopt_roles(["Manager"]):
        applyProfile(portal, demo.PROFILE_ID)


@pytest.fixture
def demo_site(portal):
    apply_demo(portal)
    return portal


def cases(portal):
    return [o for o in portal["interpelacje"].objectValues() if o.portal_type == "Interpellation"]


def counts(portal):
    catalog = api.portal.get_tool("portal_catalog")
    return {
        "cases": len(catalog.unrestrictedSearchResults(portal_type="Interpellation")),
        "news": len(catalog.unrestrictedSearchResults(portal_type="News Item")),
        "files": len(catalog.unrestrictedSearchResults(portal_type="File")),
        "users": len(api.user.get_users()),
        "groups": sorted(g.getId() for g in api.group.get_groups()),
        "departments": api.portal.get_registry_record("kancelaria.departments"),
        "councillors": api.portal.get_registry_record("kancelaria.councillors"),
        "signatures": sorted(o.signature for o in cases(portal)),
    }


def test_profile_registered_and_installable(portal, setup_tool):
    info = setup_tool.getProfileInfo("profile-kancelaria:demo")
    assert info["title"] == "Kancelaria (demo content)"
    assert "profile-kancelaria:default" in setup_tool.getDependenciesForProfile(
        "profile-kancelaria:demo"
    )
    from plone.base.interfaces import INonInstallable
    from zope.component import getAllUtilitiesRegisteredFor

    hidden = [
        p
        for u in getAllUtilitiesRegisteredFor(INonInstallable)
        for p in getattr(u, "getNonInstallableProfiles", lambda: [])()
    ]
    assert "kancelaria:demo" not in hidden
    assert setup_tool.getLastVersionForProfile("kancelaria:demo") == "unknown"


def test_every_state_and_kind(demo_site, setup_tool):
    assert setup_tool.getLastVersionForProfile("kancelaria:demo") == ("1000",)
    objs = cases(demo_site)
    assert len(objs) == len(demo.INTERPELLATIONS)
    assert {api.content.get_state(o) for o in objs} == STATES
    assert {o.kind for o in objs} == set(KINDS.by_value)
    years = {o.received_date.year for o in objs}
    today = clock.today()
    assert {today.year - 1, today.year} <= years
    for obj in objs:
        # The signature's year is the year the case was received.
        assert obj.signature.endswith(f".{obj.received_date.year}")
        assert obj.deadline == deadlines.case_deadline(obj)


def test_deadlines_and_answers(demo_site):
    objs = cases(demo_site)
    open_status = {
        deadlines.status(o.deadline)
        for o in objs
        if api.content.get_state(o) in ("forwarded", "answer_review")
    }
    assert {"overdue", "due_soon", "on_time"} <= open_status
    answered = [o for o in objs if api.content.get_state(o) == "answered"]
    on_time = [o for o in answered if o.answer_date <= o.deadline]
    late = [o for o in answered if o.answer_date > o.deadline]
    assert on_time and late
    assert all(o.answer_date <= clock.today() for o in answered)
    for obj in objs:
        if api.content.get_state(obj) in ("forwarded", "answer_review", "answered"):
            assert obj.departments, obj.getId()


def test_history_made_by_the_demo_people(demo_site):
    obj = demo_site["interpelacje"]["remont-nawierzchni-ul-polnej"]
    entries = history.entries(obj)
    actions = [(e.get("action"), e.get("actor")) for e in entries]
    assert actions == [
        (None, demo.CLERK),
        ("route", demo.CLERK),
        ("forward", demo.CLERK),
        ("submit_answer", "andrzej.pawlak"),
        ("return_answer", demo.MAYOR),
        ("submit_answer", "andrzej.pawlak"),
        ("approve_answer", demo.MAYOR),
    ]
    returned = [e for e in entries if e.get("action") == "return_answer"][0]
    assert returned["comments"]
    times = [e["time"] for e in entries]
    assert times == sorted(times)
    # Dated as it happened: registered on the day of receipt, approved on the answer's day.
    assert times[0].asdatetime().date() == obj.received_date
    assert times[-1].asdatetime().date() == obj.answer_date
    assert obj.Creator() == demo.CLERK
    assert obj.created().asdatetime().date() == obj.received_date
    # The change register (when the type is versioned) starts on the same day.
    versions = api.portal.get_tool("portal_archivist").getHistoryMetadata(obj)
    for index in range(versions.getLength(countPurged=False) if versions else 0):
        stamp = versions.retrieve(index, countPurged=False)["metadata"]["sys_metadata"]
        assert DateTime(stamp["timestamp"]).asdatetime().date() == obj.received_date
    # The attachment, public with the answer.
    attachment = obj["wystapienie.txt"]
    assert attachment.file.contentType == "text/plain"
    assert "INTERPELACJA" in attachment.file.data.decode("utf-8")


def test_settings_merged_and_groups_made(demo_site):
    departments = {r["symbol"]: r for r in api.portal.get_registry_record("kancelaria.departments")}
    assert {"WOIK", "WKSP", "WGK", "WI"} <= set(departments)
    # The office's own rows are kept as they were (the test layer's addresses).
    assert departments["WOIK"]["email"] == "woik@example.org"
    assert departments["WGK"]["email"].endswith(".example")
    councillors = {r["id"] for r in api.portal.get_registry_record("kancelaria.councillors")}
    assert {"jan-nowak", "anna-kowalska"} <= councillors
    assert {c["id"] for c in demo.COUNCILLORS} <= councillors
    for group_id in (
        "kancelaria",
        "prezydent",
        "biuro-prasowe",
        "dept-woik",
        "dept-wksp",
        "dept-wgk",
        "dept-wi",
    ):
        group = api.group.get(groupname=group_id)
        assert group is not None
        members = {u.getId() for u in api.user.get_users(group=group)}
        assert {u["id"] for u in demo.USERS if u["group"] == group_id} <= members
    mayor = api.user.get(username=demo.MAYOR)
    assert mayor.getProperty("fullname") == "Tomasz Wróbel"
    # The demo password (DEMO_PASSWORD, default "demo"), below Plone's policy minimum.
    acl_users = api.portal.get_tool("acl_users")
    assert acl_users.authenticate(demo.CLERK, "demo", demo_site.REQUEST) is not None


def test_news_published(demo_site):
    news = api.content.find(portal_type="News Item", review_state="published")
    assert len(news) >= len(demo.NEWS)
    item = demo_site["aktualnosci"][demo.NEWS[0]["id"]]
    assert item.Creator() == demo.PRESS
    # The routing and answers of the demo queued no e-mail for the commit.
    hooks = [hook for hook, _args, _kws in transaction.get().getAfterCommitHooks()]
    assert mail._deliver not in hooks


def test_install_twice_makes_nothing_twice(demo_site, setup_tool):
    before = counts(demo_site)
    apply_demo(demo_site)
    assert counts(demo_site) == before


def test_department_rows_kept_when_office_has_its_own(portal):
    """A department the office already has keeps its row; an empty e-mail is filled in."""
    api.portal.set_registry_record(
        "kancelaria.departments",
        [
            {"symbol": "WOIK", "title": "Wydział Organizacyjny", "email": ""},
            {"symbol": "BRM", "title": "Biuro Rady Miejskiej", "email": "brm@example.org"},
        ],
    )
    apply_demo(portal)
    rows = api.portal.get_registry_record("kancelaria.departments")
    assert rows[0] == {
        "symbol": "WOIK",
        "title": "Wydział Organizacyjny",
        "email": "woik@um.swietochlowice.example",
    }
    assert rows[1]["symbol"] == "BRM"
    assert [r["symbol"] for r in rows[2:]] == ["WKSP", "WGK", "WI"]


def test_anonymous_sees_no_registered_case(demo_site):
    logout()
    catalog = api.portal.get_tool("portal_catalog")
    seen = {b.review_state for b in catalog(portal_type="Interpellation")}
    assert "registered" not in seen
    assert {"forwarded", "answer_review", "answered", "withdrawn"} <= seen
    assert not catalog(portal_type="Interpellation", review_state="registered")
