"""The case history (metryka sprawy): whoever may see the case sees all of it; nobody else
sees any of it.

Roles × states × ways in: the Classic UI history page (``@@historyview``, and the
``@@contenthistory`` fragment it shows) and REST ``@history``. The history holds the routing
with its comment, the transitions, a deadline change with its reason and the versions.
"""

from .conftest import advance
from datetime import timedelta
from kancelaria.case import registration
from plone import api

import pytest
import transaction

STATES = ("registered", "forwarded", "answer_review", "answered", "withdrawn")
ROUTED = {"forwarded", "answer_review", "answered", "withdrawn"}
REASON = "Wniosekwydzialuoprzedluzenie"
ROUTING = "Do przygotowania odpowiedzi"

#: user → the states in which the user sees the whole history.
SEES = {
    None: set(),
    "outsider": set(),
    "press": set(),
    "wksp": set(),
    "woik": ROUTED,
    "clerk": set(STATES),
    "mayor": set(STATES),
}
PAGES = ("@@historyview", "@@contenthistory", "@@contenthistorypopup")


@pytest.fixture
def items(finterpellation):
    """An interpellation in each state, each with a deadline changed for a reason and a
    second version; routed to WOIK (with a comment) unless still registered."""
    made = {}
    for state in STATES:
        obj = finterpellation("registered", title=f"Historia {state}")
        with api.env.adopt_roles(["Manager"]):
            registration.change_deadline(obj, obj.deadline + timedelta(days=7), REASON)
            api.portal.get_tool("portal_repository").save(obj, comment="Poprawka pytania")
            advance(obj, state)
        made[state] = obj
    transaction.commit()
    return made


def page(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


def denied(response):
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


def check_rest(history, state):
    """The REST history of a case in ``state``: routing, transitions, the deadline change
    with its reason, the versions."""
    comments = " ".join(str(entry.get("comments") or "") for entry in history)
    assert REASON in comments, state
    workflow = [entry for entry in history if entry["type"] == "workflow"]
    versions = [entry for entry in history if entry["type"] == "versioning"]
    assert len(versions) >= 2, state
    states = {entry.get("review_state") for entry in workflow}
    assert "registered" in states
    if state != "registered":
        assert ROUTING in comments, state
        assert state in states, state


@pytest.mark.parametrize("user", list(SEES))
def test_history_matrix(client, items, user):
    rest = client(user)
    for state, obj in items.items():
        url = obj.absolute_url()
        sees = state in SEES[user]
        response = rest.get(url + "/@history")
        if sees:
            assert response.status_code == 200, (user, state, response.status_code)
            check_rest(response.json(), state)
        else:
            assert response.status_code in (401, 403), (user, state, response.status_code)
            assert REASON not in response.text
        for name in PAGES:
            response = page(rest.session, f"{url}/{name}")
            if sees:
                assert response.status_code == 200, (user, state, name, response.status_code)
                assert REASON in response.text, (user, state, name)
                if state != "registered":
                    assert ROUTING in response.text, (user, state, name)
            else:
                assert denied(response), (user, state, name, response.status_code)
                assert REASON not in response.text, (user, state, name)


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik"])
def test_the_case_page_links_to_the_history(client, items, user):
    for state, obj in items.items():
        response = page(client(user).session, obj.absolute_url())
        if state not in SEES[user]:
            continue
        assert response.status_code == 200
        assert f"{obj.absolute_url()}/@@historyview" in response.text, (user, state)


def test_visitors_get_no_link(client, items):
    response = page(client(None).session, items["answered"].absolute_url())
    assert response.status_code == 200
    assert "@@historyview" not in response.text


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik"])
def test_every_case_type_keeps_it(client, fcase, user):
    """The rule belongs to the core: the test-only case type's history opens the same way."""
    from kancelaria.case import routing

    case = fcase("Pismo z historią")
    with api.env.adopt_roles(["Manager"]):
        registration.change_deadline(case, case.deadline + timedelta(days=3), REASON)
        routing.route(case, ["WOIK"], ROUTING)
    transaction.commit()
    rest = client(user)
    response = rest.get(case.absolute_url() + "/@history")
    assert response.status_code == 200, (user, response.status_code)
    comments = " ".join(str(entry.get("comments") or "") for entry in response.json())
    assert REASON in comments and ROUTING in comments
    response = page(rest.session, case.absolute_url() + "/@@historyview")
    assert response.status_code == 200 and REASON in response.text
    outsider = client("wksp")
    assert outsider.get(case.absolute_url() + "/@history").status_code in (401, 403)
    assert denied(page(outsider.session, case.absolute_url() + "/@@historyview"))


def test_every_case_workflow_grants_it_to_staff_only(portal):
    """Every workflow of a registered type manages the history permission in each state,
    never for Anonymous or Authenticated, and gives Plone's "Request review" (which its
    history views ask for) to the very same roles."""
    types_tool = api.portal.get_tool("portal_types")
    wf_tool = api.portal.get_tool("portal_workflow")
    case_types = [
        fti.getId()
        for fti in types_tool.values()
        if "kancelaria.case" in getattr(fti, "behaviors", ())
    ]
    assert {"Interpellation", "KancelariaTestCase"} <= set(case_types)
    for portal_type in case_types:
        for wf_id in wf_tool.getChainForPortalType(portal_type):
            workflow = wf_tool[wf_id]
            guard = workflow.variables["review_history"].info_guard
            assert guard.permissions == ("kancelaria: View case history",), wf_id
            for state in workflow.states.values():
                roles = state.permission_roles or {}
                history = roles.get("kancelaria: View case history")
                assert isinstance(history, tuple), (wf_id, state.id)  # not acquired
                assert not {"Anonymous", "Authenticated"} & set(history), (wf_id, state.id)
                assert set(roles.get("Request review")) == set(history), (wf_id, state.id)


def test_versions_by_number(client, items, fcase):
    """A version is there or it is a 404; a word instead of a number is a 400 naming
    ``version``; never a 500. Whoever may not see versions gets none."""
    url = items["forwarded"].absolute_url()
    clerk = client("clerk")
    assert clerk.get(url + "/@history/0").status_code == 200
    assert clerk.get(url + "/@history/1").status_code == 200
    assert clerk.get(url + "/@history/current").status_code == 200
    for missing in ("999", "-1"):
        assert clerk.get(f"{url}/@history/{missing}").status_code == 404, missing
    response = clerk.get(url + "/@history/abc")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "version"
    # A type without versions has none to show.
    case = fcase("Pismo bez wersji")
    assert clerk.get(case.absolute_url() + "/@history/0").status_code == 404
    assert client("wksp").get(url + "/@history/0").status_code in (401, 403)
    assert client(None).get(url + "/@history/0").status_code in (401, 403)
