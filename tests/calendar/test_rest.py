"""Appointments over REST: the secretariat adds one (the end an hour after the start unless
given), makes it public, cancels it with a reason, restores it; bad input is a 400 naming
the field and nothing is created."""

from plone import api
from tests.calendar.conftest import KALENDARZ
from tests.calendar.conftest import at

import transaction


def no_5xx(response):
    assert response.status_code < 500, response.text[:3000]
    return response


def refused(response, field):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert field in (error.get("field"), *[e.get("field") for e in error.get("errors", ())]) or (
        field in error.get("message", "")
    ), error
    return response


def count(fportal):
    transaction.begin()
    return len(fportal.portal_catalog.unrestrictedSearchResults(portal_type="Appointment"))


def add(client, user="clerk", **fields):
    body = {
        "@type": "Appointment",
        "title": "Spotkanie z Radą Osiedla Lipiny",
        "start": at(2, 10).isoformat(),
        "place": "Gabinet Prezydenta",
        "officials": ["prezydent", "zastepca-1"],
        "participants": "Przewodniczący Rady Osiedla",
        "notes": "Przygotować mapę inwestycji.",
        **fields,
    }
    return no_5xx(client(user).post(KALENDARZ, json=body))


def test_create_with_default_end(client, fportal):
    made = add(client)
    assert made.status_code == 201, made.text
    data = made.json()
    assert data["review_state"] == "internal"
    assert data["officials"] == [
        {"token": "prezydent", "title": "Prezydent Miasta — Prezydent Miasta"},
        {"token": "zastepca-1", "title": "Zastępca Prezydenta — Zastępca Prezydenta"},
    ] or [o["token"] for o in data["officials"]] == ["prezydent", "zastepca-1"]
    transaction.begin()
    obj = api.content.get(UID=data["UID"])
    assert obj.start == at(2, 10)
    assert obj.end == at(2, 11)
    assert obj.start.utcoffset() == at(2, 10).utcoffset()


def test_mayor_edits(client):
    made = add(client, title="Spotkanie z ministrem")
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    patched = client("mayor").patch(url, json={"place": "Urząd Wojewódzki"})
    assert patched.status_code == 204, patched.text
    assert client("clerk").get(url).json()["place"] == "Urząd Wojewódzki"


def test_end_before_start_refused(client, fportal):
    before = count(fportal)
    refused(add(client, end=at(2, 9).isoformat()), "end")
    refused(add(client, end=at(2, 10).isoformat()), "end")
    assert count(fportal) == before


def test_unknown_official_refused(client, fportal):
    before = count(fportal)
    refused(add(client, officials=["burmistrz"]), "officials")
    refused(add(client, officials=[]), "officials")
    assert count(fportal) == before


def test_request_read_only(client, fportal):
    before = count(fportal)
    refused(add(client, request="0123456789abcdef"), "request")
    assert count(fportal) == before


def test_workflow(client):
    url = add(client).json()["@id"]
    clerk = client("clerk")
    assert clerk.post(f"{url}/@workflow/publish").status_code == 200
    assert clerk.get(url).json()["review_state"] == "public"
    assert clerk.post(f"{url}/@workflow/make_internal").status_code == 200
    # Cancelling needs a reason.
    refused(clerk.post(f"{url}/@workflow/call_off"), "comment")
    done = clerk.post(f"{url}/@workflow/call_off", json={"comment": "Odwołane przez gościa"})
    assert done.status_code == 200, done.text
    assert clerk.get(url).json()["review_state"] == "cancelled"
    # A cancelled appointment is nobody's to edit until restored.
    kept = clerk.patch(url, json={"place": "Gdzie indziej"})
    assert kept.status_code in (400, 401, 403)
    assert clerk.post(f"{url}/@workflow/restore").status_code == 200
    assert client("mayor").post(f"{url}/@workflow/publish").status_code == 200
    # Nobody outside the office and the mayor's group moves it.
    for user in ("woik", "press", "outsider"):
        assert client(user).post(f"{url}/@workflow/make_internal").status_code in (401, 403, 404)


def test_others_may_not_add(client, fportal):
    before = count(fportal)
    for user in ("woik", "press", "outsider", None):
        made = client(user).post(
            KALENDARZ,
            json={
                "@type": "Appointment",
                "title": "X",
                "start": at(1).isoformat(),
                "officials": ["prezydent"],
            },
        )
        assert made.status_code in (401, 403, 404), (user, made.status_code)
    assert count(fportal) == before


def test_field_owners(client, fcase):
    """The office and the mayor's group write every field but ``request``; nobody else
    writes anything; ``related`` takes cases by UID and only the staff read it."""
    case = fcase("Pismo Rady Osiedla")
    made = add(client, related=[case.UID()])
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    assert [r["@id"] for r in made.json()["related"]] == [case.absolute_url()]
    refused(client("clerk").patch(url, json={"request": case.UID()}), "request")
    for user in ("woik", "press", "outsider", None):
        denied = client(user).patch(url, json={"title": "Zmienione"})
        assert denied.status_code in (401, 403, 404), (user, denied.status_code)
    assert client("clerk").post(f"{url}/@workflow/publish").status_code == 200
    public = client(None).get(url).json()
    assert "related" not in public and public["title"] == "Spotkanie z Radą Osiedla Lipiny"
    for user in ("clerk", "mayor"):
        patched = client(user).patch(url, json={"participants": f"Dopisane przez {user}"})
        assert patched.status_code == 204, (user, patched.text)
    assert client("clerk").get(url).json()["participants"] == "Dopisane przez mayor"


def test_request_linked_by_code(client, fportal, fcase):
    """``link_request`` (what scheduling a resident's request calls) fills ``request``;
    the staff read it, a visitor of a public appointment does not."""
    from kancelaria.workflows.appointment import link_request

    url = add(client).json()["@id"]
    transaction.begin()
    obj = fportal.unrestrictedTraverse(url[len(fportal.absolute_url()) + 1 :])
    other = fcase("Prośba mieszkańca (w zastępstwie)")
    link_request(obj, other)
    transaction.commit()
    assert client("clerk").get(url).json()["request"]["@id"] == other.absolute_url()
    client("clerk").post(f"{url}/@workflow/publish")
    assert "request" not in client(None).get(url).json()
