"""No authenticated page is ever served to anyone else, through Varnish.

A matrix: two staff members (the press office, the department WOIK) × three ways of being
logged in (HTTP Basic, Plone's ``__ac`` cookie from the login form, plone.restapi's token
from ``@login`` as ``Authorization: Bearer``) × a page and its REST GET. Each sees what only
they may see (a draft news item, a draft answer): answered by Zope (``X-Cache: PASS``, never
stored); anonymous, before and after, never gets it; and with the anonymous copy kept, the
staff member still gets their own fresh page, never that copy.
"""

from tests.ops.conftest import interpellation
from tests.proxy.conftest import PASSWORD
from tests.proxy.conftest import anonymous
from tests.proxy.conftest import as_user
from tests.proxy.conftest import publish_news

import pytest
import requests

DRAFT_NEWS = "Projekt komunikatu o remoncie mostu"
DRAFT_ANSWER = "Projekt odpowiedzi: latarnie wymienimy w marcu"


def log_in(site, user, kind):
    """What a browser (the ``__ac`` cookie of Plone's login form) or a REST client (the token
    of ``@login``) holds after logging in through the proxy."""
    if kind == "__ac":
        session = requests.Session()
        form = session.post(
            f"{site}/login",
            data={
                "__ac_name": user,
                "__ac_password": PASSWORD,
                "came_from": site,
                "buttons.login": "Zaloguj",
            },
            timeout=60,
            allow_redirects=False,
        )
        assert form.status_code < 500
        assert "__ac" in session.cookies, (form.status_code, form.headers)
        return {"__ac": session.cookies["__ac"]}
    token = requests.post(
        f"{site}/@login",
        json={"login": user, "password": PASSWORD},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['token']}"}


def logged_in(site, user, kind, json_api):
    session = as_user(user if kind == "basic" else None, json_api)
    session.cookies.set("_ga", "GA1.1.42")  # a cookie Varnish drops must not matter
    if kind == "__ac":
        session.cookies.update(log_in(site, user, kind))
    elif kind == "bearer":
        session.headers.update(log_in(site, user, kind))
    return session


@pytest.fixture(scope="module")
def drafts(proxied):
    """A private news item of the press office; an interpellation routed to WOIK whose
    answer the department is drafting (anonymous sees the question, never the draft)."""
    editor = as_user("prasa", json_api=True)
    made = editor.post(
        f"{proxied.site}/aktualnosci",
        json={"@type": "News Item", "id": "projekt", "title": DRAFT_NEWS},
        timeout=60,
    )
    assert made.status_code == 201, made.text
    admin = as_user("admin", json_api=True)
    case = admin.post(
        f"{proxied.site}/interpelacje", json=interpellation("Latarnie na Polnej"), timeout=60
    )
    assert case.status_code == 201, case.text
    url = case.json()["@id"]
    routed = admin.post(f"{url}/@route", json={"departments": ["WOIK"]}, timeout=60)
    assert routed.status_code < 300, routed.text
    answer = {"answer": {"data": f"<p>{DRAFT_ANSWER}</p>", "content-type": "text/html"}}
    drafted = as_user("woik", json_api=True).patch(url, json=answer, timeout=60)
    assert drafted.status_code == 204, drafted.text
    public = publish_news(proxied, editor, "most", "Remont mostu")
    return {
        "prasa": (made.json()["@id"], DRAFT_NEWS),
        "woik": (url, DRAFT_ANSWER),
        "public": public,
    }


@pytest.mark.parametrize("json_api", [False, True], ids=["page", "rest"])
@pytest.mark.parametrize("kind", ["basic", "__ac", "bearer"])
@pytest.mark.parametrize("user", ["prasa", "woik"])
def test_a_logged_in_page_is_never_shared(proxied, drafts, user, kind, json_api):
    url, secret = drafts[user]
    before = [anonymous(url, json_api) for _ in range(2)]  # the anonymous copy, kept if any
    session = logged_in(proxied.site, user, kind, json_api)
    for _ in range(2):
        own = session.get(url, timeout=60)
        assert own.status_code == 200, own.text[:300]
        assert own.headers["X-Cache"] == "PASS"
        assert "no-store" in own.headers["Cache-Control"]
        assert secret in own.text
    after = [anonymous(url, json_api) for _ in range(2)]
    for response in before + after:
        assert response.status_code < 500
        assert secret not in response.text
        assert "personaltools-logout" not in response.text


@pytest.mark.parametrize("kind", ["basic", "__ac", "bearer"])
def test_logged_in_never_gets_the_anonymous_copy(proxied, drafts, kind):
    url = drafts["public"]
    anonymous(url)
    kept = anonymous(url)
    assert kept.headers["X-Cache"] == "HIT"
    assert "personaltools-logout" not in kept.text
    own = logged_in(proxied.site, "prasa", kind, False).get(url, timeout=60)
    assert own.status_code == 200
    assert own.headers["X-Cache"] == "PASS"
    assert "personaltools-logout" in own.text
    assert "personaltools-logout" not in anonymous(url).text
