"""Routing (dekretacja): access for the department on that case alone, history, state."""

from kancelaria.case import history
from kancelaria.case import routing
from kancelaria.case.errors import CaseInputError
from plone import api

import pytest


def can_view(user_id, obj):
    return api.user.has_permission("View", username=user_id, obj=obj)


def test_route_gives_access_to_that_case_alone(make_case):
    routed, other = make_case(title="Do WOIK"), make_case(title="Inna")
    routing.route(routed, ["WOIK"], "Proszę o odpowiedź")
    assert routed.departments == ["WOIK"]
    assert can_view("woik", routed)
    assert not can_view("woik", other)
    assert not can_view("wksp", routed)


def test_route_leaves_registered_state(make_case):
    case = make_case()
    assert api.content.get_state(case) == "registered"
    routing.route(case, ["WOIK"])
    assert api.content.get_state(case) == "forwarded"


def test_reroute_takes_access_away(make_case):
    case = make_case()
    routing.route(case, ["WOIK"])
    routing.route(case, ["WKSP"], "Właściwy jest WKSP")
    assert case.departments == ["WKSP"]
    assert can_view("wksp", case)
    assert not can_view("woik", case)
    assert api.content.get_state(case) == "forwarded"


def test_route_recorded_in_history(make_case):
    case = make_case()
    routing.route(case, ["WOIK", "WKSP"], "Wspólna odpowiedź")
    routes = [e for e in history.entries(case) if e["action"] == "route"]
    assert len(routes) == 1
    assert routes[0]["kancelaria_departments"] == ["WOIK", "WKSP"]
    assert "Wspólna odpowiedź" in routes[0]["comments"]
    assert routes[0]["actor"]


def test_route_indexed(make_case):
    case = make_case()
    routing.route(case, ["WKSP"])
    assert [b.getObject() for b in api.content.find(departments="WKSP")] == [case]


@pytest.mark.parametrize("bad", [["XYZ"], [], "WOIK", [1]])
def test_bad_departments_refused_nothing_written(make_case, bad):
    case = make_case()
    with pytest.raises(CaseInputError) as info:
        routing.route(case, bad)
    assert info.value.field == "departments"
    assert case.departments == []
    assert api.content.get_state(case) == "registered"
    assert not can_view("woik", case)


def test_unknown_department_message_names_it(make_case):
    with pytest.raises(CaseInputError) as info:
        routing.route(make_case(), ["WOIK", "XYZ"])
    assert "XYZ" in str(info.value)
    assert str(info.value).startswith("departments:")
