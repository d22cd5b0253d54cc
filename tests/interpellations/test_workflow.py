"""The interpellation workflow: who may do what, in which state, and what it does."""

from .conftest import html
from datetime import date
from kancelaria import clock
from kancelaria.case import routing
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.interpellation import has_answer
from plone import api
from plone.api.exc import InvalidParameterError

import pytest

YEAR = clock.today().year


def transitions(obj, user):
    wf = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username=user):
        return sorted(t["id"] for t in wf.getTransitionsFor(obj))


def test_registration(interpellation):
    obj = interpellation(kind="inquiry", received_date=date(2026, 3, 23))
    assert obj.signature == f"KPM.0003.1.{YEAR}"
    assert obj.deadline == date(2026, 4, 7)  # 14 days, Easter Monday moved
    assert api.content.get_state(obj) == "registered"


@pytest.mark.parametrize(
    "kind,deadline",
    [
        ("motion", date(2026, 4, 22)),
        ("committee_motion", date(2026, 4, 22)),
        ("interpellation", date(2026, 4, 7)),
    ],
)
def test_deadline_by_kind(interpellation, kind, deadline):
    assert interpellation(kind=kind, received_date=date(2026, 3, 23)).deadline == deadline


@pytest.mark.parametrize(
    "state,user,expected",
    [
        ("registered", "clerk", ["forward", "withdraw"]),
        ("registered", "woik", []),
        ("registered", "mayor", []),
        ("forwarded", "clerk", ["submit_answer", "withdraw"]),
        ("forwarded", "woik", ["submit_answer"]),
        ("forwarded", "wksp", []),
        ("forwarded", "mayor", []),
        ("answer_review", "mayor", ["approve_answer", "return_answer"]),
        ("answer_review", "clerk", []),
        ("answer_review", "woik", []),
        ("answered", "clerk", []),
        ("answered", "mayor", []),
        ("withdrawn", "clerk", []),
    ],
)
def test_who_may_act(interpellation, state, user, expected):
    obj = interpellation(state)
    if state == "forwarded":
        obj.answer = html("<p>Projekt</p>")
    assert transitions(obj, user) == expected


def test_submit_needs_an_answer(interpellation):
    obj = interpellation("forwarded")
    assert not has_answer(obj)
    obj.answer = html("<p> &nbsp; </p>")
    assert not has_answer(obj)
    assert "submit_answer" not in transitions(obj, "woik")
    with pytest.raises((CaseInputError, InvalidParameterError)):
        with api.env.adopt_user(username="woik"):
            api.content.transition(obj=obj, transition="submit_answer")
    assert api.content.get_state(obj) == "forwarded"


def test_return_needs_a_comment(interpellation):
    obj = interpellation("answer_review")
    with api.env.adopt_user(username="mayor"):
        with pytest.raises(CaseInputError) as info:
            api.content.transition(obj=obj, transition="return_answer")
        assert info.value.field == "comment"
        api.content.transition(obj=obj, transition="return_answer", comment="Uzupełnić dane")
    assert api.content.get_state(obj) == "forwarded"


def test_approval_sets_answer_date(interpellation):
    obj = interpellation("answered")
    assert obj.answer_date == clock.today()
    kept = interpellation("answer_review", title="Inna")
    kept.answer_date = date(2026, 1, 5)
    api.content.transition(obj=kept, transition="approve_answer")
    assert kept.answer_date == date(2026, 1, 5)


def test_answered_is_closed(interpellation):
    obj = interpellation("answered")
    assert api.content.find(UID=obj.UID())[0].case_open is False
    assert api.content.find(UID=interpellation("forwarded", title="B").UID())[0].case_open


@pytest.mark.parametrize("user", ["woik", "wksp", "mayor", "outsider"])
def test_only_clerks_register(portal, user):
    folder = portal["interpelacje"]
    assert api.user.has_permission("kancelaria: Add Interpellation", username="clerk", obj=folder)
    assert not api.user.has_permission("kancelaria: Add Interpellation", username=user, obj=folder)


def test_department_edits_answer_not_question(interpellation):
    obj = interpellation("forwarded")
    perm = lambda p, u: api.user.has_permission(p, username=u, obj=obj)  # noqa: E731
    assert perm("kancelaria: Edit answer", "woik")
    assert not perm("kancelaria: Edit question", "woik")
    assert perm("kancelaria: Edit question", "clerk")
    assert not perm("kancelaria: Edit answer", "wksp")
    answered = interpellation("answered", title="Zamknięta")
    assert not api.user.has_permission("kancelaria: Edit answer", username="woik", obj=answered)
    assert not api.user.has_permission("Modify portal content", username="clerk", obj=answered)


def test_route_forwards(interpellation):
    obj = interpellation()
    routing.route(obj, ["WKSP"])
    assert api.content.get_state(obj) == "forwarded"
    assert obj.departments == ["WKSP"]
