"""Who attaches files to a case, in which state, by which way — and the ways agree.

The rule: the office (``kancelaria``) attaches until the case is closed (answered or
withdrawn); the department the case is routed to attaches while the case is in its hands
(``forwarded``): the signed answer, annexes; nobody else, and nobody but an administrator
once the case is closed. The Classic UI (the "Add new" menu and the add form) and REST
``POST`` say the same in every state, and a refusal is never a 500.
"""

from .conftest import csrf_token
from plone import api
from plone.dexterity.utils import createContentInContainer

import base64
import pytest
import transaction

STATES = ("registered", "forwarded", "answer_review", "answered", "withdrawn")

#: user → the states in which the user attaches files to an interpellation routed to WOIK.
ATTACHES = {
    None: set(),
    "outsider": set(),
    "press": set(),
    "wksp": set(),
    "mayor": set(),
    "woik": {"forwarded"},
    "clerk": {"registered", "forwarded", "answer_review"},
}


@pytest.fixture
def items(finterpellation):
    return {state: finterpellation(state, title=f"Załączniki {state}") for state in STATES}


def page(session, url):
    return session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


def denied(response):
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


def file_body(title):
    return {
        "@type": "File",
        "title": title,
        "file": {
            "data": base64.b64encode(b"podpisana odpowiedz").decode(),
            "encoding": "base64",
            "filename": "odpowiedz.txt",
            "content-type": "text/plain",
        },
    }


@pytest.mark.parametrize("user", list(ATTACHES))
def test_who_attaches(client, items, user):
    rest = client(user)
    for state, obj in items.items():
        allowed = state in ATTACHES[user]
        url = obj.absolute_url()
        form = page(rest.session, f"{url}/++add++File")
        assert form.status_code != 500, (user, state, form.status_code)
        if allowed:
            assert form.status_code == 200, (user, state, form.status_code)
            assert 'name="form.widgets.file"' in form.text
        else:
            assert denied(form), (user, state, form.status_code)
        view = page(rest.session, url)
        if view.status_code == 200:  # the "Add new" menu offers a file exactly when allowed
            assert (f"{url}/++add++File" in view.text) is allowed, (user, state)
        response = rest.post(url, json=file_body(f"Skan {user} {state}"))
        if allowed:
            assert response.status_code == 201, (user, state, response.text)
        else:
            assert response.status_code in (401, 403), (user, state, response.status_code)
    transaction.begin()
    for state, obj in items.items():
        titles = [child.Title() for child in obj.objectValues()]
        assert (f"Skan {user} {state}" in titles) is (state in ATTACHES[user]), (user, state)


def test_other_types_refused_without_a_500(client, items):
    """What a case does not hold is refused, by the form and by REST alike."""
    clerk = client("clerk")
    url = items["forwarded"].absolute_url()
    for portal_type in ("Document", "Image", "Folder", "Interpellation"):
        form = page(clerk.session, f"{url}/++add++{portal_type}")
        assert denied(form), (portal_type, form.status_code)
        response = clerk.post(url, json={"@type": portal_type, "title": "Obce"})
        assert response.status_code in (400, 401, 403), (portal_type, response.status_code)


def test_department_attaches_through_the_form(client, fportal, items):
    """The department fills in Plone's add form (as the README tells it to): the file is
    there, the department sees it, the public does not until the answer is approved."""
    obj = items["forwarded"]
    session = client("woik").session
    assert page(session, obj.absolute_url() + "/++add++File").status_code == 200
    response = session.post(
        obj.absolute_url() + "/++add++File",
        data={
            "form.widgets.title": "Podpisana odpowiedź",
            "form.buttons.save": "Save",
            "_authenticator": csrf_token(fportal, "woik"),
        },
        files={"form.widgets.file": ("odpowiedz.txt", b"podpisana", "text/plain")},
        headers={"Accept": "text/html"},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code
    transaction.begin()
    attachment = obj["odpowiedz.txt"]
    assert attachment.Title() == "Podpisana odpowiedź"
    download = attachment.absolute_url() + "/@@download/file"
    assert page(session, download).status_code == 200
    assert denied(page(client(None).session, download))


def test_administrators_keep_the_closed_case(portal, interpellation):
    """Only an administrator adds to an answered case (a correction of the record)."""
    obj = interpellation("answered")
    with api.env.adopt_roles(["Manager"]):
        added = createContentInContainer(obj, "File", title="Korekta")
    assert added.getId() in obj.objectIds()
