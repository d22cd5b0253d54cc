"""Who sees a case: each role × each state × each way in (page, REST, search, listing).

Anonymous users and authenticated users outside the office's groups reach nothing in
``/kancelaria``; the press office opens it (its desk: clippings to summarise) and finds no
case there; a department sees only what was routed to it.
"""

from kancelaria.case import routing
from plone import api

import pytest
import transaction

DENIED = (401, 403)

#: user → the states of a case routed to WOIK it may see ("registered" is not routed yet).
SEES = {
    None: set(),
    "outsider": set(),
    "press": set(),
    "wksp": set(),
    "woik": {"forwarded", "closed"},
    "clerk": {"registered", "forwarded", "closed"},
    "mayor": {"registered", "forwarded", "closed"},
}
#: users who may open the internal area at all (its listings show only what they may see)
ENTERS = {"woik", "wksp", "clerk", "mayor", "press"}


@pytest.fixture
def cases(fportal):
    folder = fportal["kancelaria"]["korespondencja"]
    made = {}
    with api.env.adopt_roles(["Manager"]):
        for state in ("registered", "forwarded", "closed"):
            case = api.content.create(
                container=folder, type="KancelariaTestCase", title=f"Poufne {state}"
            )
            if state != "registered":
                routing.route(case, ["WOIK"])
            if state == "closed":
                api.content.transition(obj=case, transition="close")
            made[state] = case
    transaction.commit()
    return made


def html(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


def denied(response):
    if response.status_code in DENIED:
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


@pytest.mark.parametrize("user", list(SEES))
def test_matrix(client, fportal, cases, user):
    session = client(user).session
    rest = client(user)
    for state, case in cases.items():
        expected = state in SEES[user]
        page = html(session, case.absolute_url())
        assert (page.status_code == 200) is expected, (user, state, "page", page.status_code)
        if not expected:
            assert denied(page), (user, state, page.status_code)
            assert "Poufne" not in page.text
        item = rest.get(case.absolute_url())
        assert (item.status_code == 200) is expected, (user, state, "REST", item.status_code)
        if not expected:
            assert item.status_code in DENIED

    # Search (REST and the Classic UI search page): only what the user may see.
    found = rest.get("@search", params={"SearchableText": "Poufne", "fullobjects": 1}).json()
    titles = {i["title"] for i in found["items"]}
    assert titles == {f"Poufne {s}" for s in SEES[user]}, user
    page = html(session, fportal.absolute_url() + "/@@search?SearchableText=Poufne")
    for state in cases:
        assert (f"Poufne {state}" in page.text) is (state in SEES[user]), (user, state, "search")

    # Listings: the register page and the deadlines list.
    register = fportal["kancelaria"]["korespondencja"].absolute_url()
    listing = html(session, register)
    deadlines = rest.get(fportal["kancelaria"].absolute_url() + "/@deadlines")
    if user in ENTERS:
        assert listing.status_code == 200
        for state in cases:
            assert (f"Poufne {state}" in listing.text) is (state in SEES[user])
        open_titles = {i["title"] for i in deadlines.json()["items"]}
        assert open_titles == {f"Poufne {s}" for s in SEES[user] if s != "closed"}
    else:
        assert denied(listing), (user, listing.status_code)
        assert deadlines.status_code in DENIED
        assert denied(html(session, fportal["kancelaria"].absolute_url()))


def test_public_pages_open_to_anonymous(client, fportal):
    session = client(None).session
    for path in (
        "",
        "aktualnosci",
        "interpelacje",
        "patronaty",
        "biuletyn",
        "sprawozdania",
        "media",
        "kontakt",
        "kalendarz-prezydenta",
        "kontakt/@@umow-spotkanie",
    ):
        response = html(session, f"{fportal.absolute_url()}/{path}")
        assert response.status_code == 200, path


def test_press_office_archive(client, fportal):
    press = fportal["kancelaria"]["prasa"].absolute_url()
    assert html(client("press").session, press).status_code == 200
    assert html(client("clerk").session, press).status_code == 200
    assert denied(html(client("woik").session, press))
    assert denied(html(client(None).session, press))
