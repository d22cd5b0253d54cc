"""No draft answer reaches an anonymous user, by any way in (CONTRACT.md, Interpellations).

The question is public from ``forwarded`` on; the answer only in ``answered``; a
``registered`` item is staff only. Checked through the page, REST ``GET``, ``@search`` with
``fullobjects`` and ``metadata_fields``, the register listing, a collection, its RSS feed and
the search text.
"""

from plone import api

import pytest
import transaction

SECRET = "Tajnyprojektodpowiedzi"
PUBLIC = "Jawnaodpowiedzprezydenta"
QUESTION = "Pytanieradnego"


@pytest.fixture
def items(finterpellation):
    made = {}
    for state in ("registered", "forwarded", "answer_review", "withdrawn"):
        made[state] = finterpellation(
            state,
            title=f"Sprawa {state}",
            text=_html(f"<p>{QUESTION} {state}</p>"),
            answer=f"<p>{SECRET} {state}</p>",
        )
    made["answered"] = finterpellation(
        "answered",
        title="Sprawa answered",
        text=_html(f"<p>{QUESTION} answered</p>"),
        answer=f"<p>{PUBLIC}</p>",
    )
    # A draft written in ``forwarded`` but not yet submitted.
    made["forwarded"].answer = _html(f"<p>{SECRET} forwarded</p>")
    transaction.commit()
    return made


def _html(text):
    from .conftest import html

    return html(text)


def page(client, url):
    return client(None).session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)


def test_page(client, items):
    for state, obj in items.items():
        response = page(client, obj.absolute_url())
        if state == "registered":
            assert response.status_code in (302, 401, 403)
            continue
        assert response.status_code == 200, state
        assert f"{QUESTION} {state}" in response.text
        assert SECRET not in response.text, state
    assert PUBLIC in page(client, items["answered"].absolute_url()).text


def test_rest_get(client, items):
    for state, obj in items.items():
        response = client(None).get(obj.absolute_url())
        if state == "registered":
            assert response.status_code == 401
            continue
        data = response.json()
        assert SECRET not in response.text, state
        assert data["text"]["data"].count(QUESTION) == 1
        if state == "answered":
            assert PUBLIC in data["answer"]["data"]
        else:
            assert "answer" not in data or not data["answer"]


def test_search_fullobjects_and_metadata(client, items):
    anonymous = client(None)
    for params in (
        {"portal_type": "Interpellation", "fullobjects": 1},
        {"portal_type": "Interpellation", "metadata_fields": "_all"},
        {"portal_type": "Interpellation", "metadata_fields": "answer"},
    ):
        response = anonymous.get("@search", params=params)
        assert response.status_code == 200
        assert SECRET not in response.text, params
        titles = {i["title"] for i in response.json()["items"]}
        assert titles == {f"Sprawa {s}" for s in items if s != "registered"}
    full = anonymous.get("@search", params={"portal_type": "Interpellation", "fullobjects": 1})
    assert PUBLIC in full.text
    # The clerk sees every state, and the drafts.
    staff = client("clerk").get(
        "@search", params={"portal_type": "Interpellation", "fullobjects": 1}
    )
    assert SECRET in staff.text
    assert len(staff.json()["items"]) == 5


def test_searchable_text(client, items):
    anonymous = client(None)
    assert anonymous.get("@search", params={"SearchableText": SECRET}).json()["items"] == []
    found = anonymous.get("@search", params={"SearchableText": PUBLIC}).json()["items"]
    assert [i["title"] for i in found] == ["Sprawa answered"]
    assert client("clerk").get("@search", params={"SearchableText": SECRET}).json()["items"] == []
    questions = anonymous.get("@search", params={"SearchableText": QUESTION}).json()["items"]
    assert len(questions) == 4


def test_register_listing(client, items, fportal):
    response = page(client, fportal["interpelacje"].absolute_url())
    assert response.status_code == 200
    assert SECRET not in response.text
    assert "Sprawa forwarded" in response.text
    assert "Sprawa registered" not in response.text


def test_collection_and_feed(client, items, fportal):
    with api.env.adopt_roles(["Manager"]):
        collection = api.content.create(
            container=fportal,
            type="Collection",
            id="wszystkie-interpelacje",
            title="Wszystkie interpelacje",
            query=[
                {
                    "i": "portal_type",
                    "o": "plone.app.querystring.operation.selection.any",
                    "v": ["Interpellation"],
                }
            ],
        )
        api.content.transition(obj=collection, transition="publish")
        api.portal.set_registry_record(
            "plone.base.interfaces.syndication.ISiteSyndicationSettings.allowed", True
        )
        api.portal.set_registry_record(
            "plone.base.interfaces.syndication.ISiteSyndicationSettings.default_enabled",
            True,
        )
    transaction.commit()
    url = collection.absolute_url()
    listing = page(client, url)
    assert listing.status_code == 200
    assert "Sprawa forwarded" in listing.text and SECRET not in listing.text
    data = client(None).get(url, params={"fullobjects": 1}).text
    assert SECRET not in data
    results = client(None).get(url + "/@querystring-search", params={"query": "[]"})
    assert SECRET not in results.text
    for feed in ("RSS", "rss.xml", "atom.xml"):
        response = page(client, f"{url}/{feed}")
        assert response.status_code == 200, feed
        assert "Sprawa forwarded" in response.text, feed
        assert SECRET not in response.text, feed
        assert "Sprawa registered" not in response.text, feed


def test_attachment_public_only_with_answer(client, finterpellation, fportal):
    from plone.namedfile.file import NamedBlobFile

    obj = finterpellation("forwarded", title="Z załącznikiem")
    with api.env.adopt_roles(["Manager"]):
        scan = api.content.create(
            container=obj,
            type="File",
            id="odpowiedz.txt",
            title="Podpisana odpowiedź",
            file=NamedBlobFile(data=b"projekt", filename="odpowiedz.txt", contentType="text/plain"),
        )
    transaction.commit()
    assert page(client, scan.absolute_url()).status_code in (302, 401, 403)
    assert client("woik").get(scan.absolute_url()).status_code == 200
    with api.env.adopt_roles(["Manager"]):
        obj.answer = _html("<p>Odpowiedź</p>")
        api.content.transition(obj=obj, transition="submit_answer")
        api.content.transition(obj=obj, transition="approve_answer")
    transaction.commit()
    assert page(client, scan.absolute_url()).status_code == 200
    assert "Podpisana odpowiedź" in page(client, obj.absolute_url()).text


def test_change_register_kept_but_drafts_not_public(client, finterpellation):
    obj = finterpellation("forwarded", title="Wersjonowana")
    url = obj.absolute_url()
    body = {"answer": {"data": f"<p>{SECRET} wersja</p>", "content-type": "text/html"}}
    assert client("woik").patch(url, body).status_code == 204
    history = client("clerk").get(url + "/@history").json()
    versions = [entry for entry in history if entry.get("type") == "versioning"]
    assert versions, history
    # The versions hold the draft: anonymous reaches neither the list nor a version.
    assert client(None).get(url + "/@history").status_code == 401
    assert client(None).get(url + "/@history/0").status_code == 401
    listing = page(client, url)
    assert "Change register" in listing.text or "Rejestr zmian" in listing.text
    assert SECRET not in listing.text
