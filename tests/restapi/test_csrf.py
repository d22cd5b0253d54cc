"""CSRF: a logged-in clerk's browser session cannot be made to route or re-date a case from
another site. Calls authenticated by the cookie need plone.protect's token; other systems
(basic auth, JWT) keep working without one."""

from kancelaria.testing import PASSWORD
from plone import api

import json
import pytest
import re
import requests
import transaction

FOREIGN = {"Origin": "http://zla-strona.example", "Referer": "http://zla-strona.example/"}


@pytest.fixture
def browser_session(portal_url):
    """A session logged in through the login form, as a browser is: the ``__ac`` cookie."""
    session = requests.Session()
    response = session.post(
        f"{portal_url}/login",
        data={"__ac_name": "clerk", "__ac_password": PASSWORD, "buttons.login": "Log in"},
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code in (200, 302), response.text[:300]
    assert "__ac" in session.cookies, "no session cookie"
    return session


def _token(session, case):
    page = session.get(case.absolute_url() + "/@@route", timeout=60).text
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)


@pytest.mark.parametrize("content_type", ["text/plain", "application/json"])
def test_foreign_page_cannot_route_with_the_cookie(browser_session, fcase, content_type):
    case = fcase()
    response = browser_session.post(
        case.absolute_url() + "/@route",
        data=json.dumps({"departments": ["WOIK"]}),
        headers={"Accept": "application/json", "Content-Type": content_type, **FOREIGN},
        timeout=60,
    )
    assert response.status_code == 403, response.text[:300]
    transaction.begin()
    assert not case.departments
    assert api.content.get_state(case) == "registered"


def test_foreign_page_cannot_redate_with_the_cookie(browser_session, fcase):
    case = fcase()
    before = case.deadline
    response = browser_session.post(
        case.absolute_url() + "/@deadline",
        data=json.dumps({"deadline": "2026-12-30", "reason": "x"}),
        headers={"Accept": "application/json", "Content-Type": "text/plain", **FOREIGN},
        timeout=60,
    )
    assert response.status_code == 403
    transaction.begin()
    assert case.deadline == before


def test_cookie_session_with_token_works(browser_session, fcase):
    case = fcase()
    response = browser_session.post(
        case.absolute_url() + "/@route",
        json={"departments": ["WOIK"]},
        headers={"Accept": "application/json", "X-CSRF-TOKEN": _token(browser_session, case)},
        timeout=60,
    )
    assert response.status_code == 200, response.text[:300]
    transaction.begin()
    assert case.departments == ["WOIK"]


def test_other_systems_need_no_token(client, fcase):
    case = fcase()
    response = client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    assert response.status_code == 200, response.text


def test_route_form_without_token_says_nothing_of_success(browser_session, fcase):
    """The Classic UI form, posted from a foreign page: refused, not routed, and no
    "Sprawa została przekazana" waiting for the clerk's next page."""
    case = fcase()
    response = browser_session.post(
        case.absolute_url() + "/@@route",
        data={"form.widgets.departments:list": "WOIK", "form.buttons.save": "Zapisz"},
        headers=FOREIGN,
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 403
    transaction.begin()
    assert not case.departments
    following = browser_session.get(case.absolute_url(), timeout=60).text
    assert "was routed" not in following and "przekazana" not in following
