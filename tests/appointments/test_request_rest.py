"""``POST /kontakt/@appointment-request`` without an account: 201 with an acknowledgement
only, the acknowledgement e-mail from the office's address, bad input a 400 naming the field
with nothing written, the honeypot, the limit per address (429)."""

from .conftest import RESIDENT_EMAIL
from .conftest import request_body
from .conftest import requests_in
from email.header import decode_header
from email.header import make_header
from plone import api

import pytest
import transaction

URL = "kontakt/@appointment-request"


def subject_of(message):
    return str(make_header(decode_header(message["Subject"])))


def test_anonymous_files_a_request_and_gets_an_acknowledgement(client, fportal, smtp, polish):
    response = client().post(URL, json=request_body())
    assert response.status_code == 201, response.text
    body = response.json()
    # An acknowledgement, nothing of the request and nothing to find it by.
    assert set(body) == {"status", "message"}
    assert body["status"] == "submitted"
    assert "sekretariat" in body["message"].lower()
    text = response.text
    for private in ("Ewa", "Mieszkanka", RESIDENT_EMAIL, "600 200 300", "Polnej", "kalendarz"):
        assert private not in text
    assert "@id" not in body and "UID" not in text
    found = requests_in(fportal)
    assert len(found) == 1
    obj = found[0]
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(obj) == "submitted"
    assert obj.name == "Ewa Mieszkanka"
    assert obj.email == RESIDENT_EMAIL
    assert obj.consent_given is not None
    assert "/".join(obj.getPhysicalPath()).endswith("/kancelaria/kalendarz/" + obj.getId())
    mails = [m for m in smtp if RESIDENT_EMAIL in m["to"]]
    assert len(mails) == 1
    message = mails[0]["message"]
    assert "kpm@swietochlowice.pl" in message["From"]
    assert subject_of(message) == "Prośba o spotkanie została przyjęta"
    text = message.get_payload(decode=True).decode("utf-8")
    assert "Remont chodnika na ul. Polnej" in text
    assert "sekretariat" in text.lower()


def test_a_phone_only_request_gets_no_mail(client, fportal, smtp):
    response = client().post(URL, json=request_body(email=None))
    assert response.status_code == 201, response.text
    (obj,) = requests_in(fportal)
    assert obj.phone == "+48 600 200 300" and not obj.email
    assert smtp == []


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 5000}, "title"),
        ({"name": "  "}, "name"),
        ({"name": 42}, "name"),
        ({"email": None, "phone": None}, "email"),
        ({"email": "", "phone": ""}, "email"),
        ({"email": "nie-adres"}, "email"),
        ({"phone": "zadzwoń"}, "phone"),
        ({"phone": "12"}, "phone"),
        ({"official": "ktos-nieznany"}, "official"),
        ({"message": "a\x00b"}, "message"),
        ({"consent": False}, "consent"),
        ({"consent": None}, "consent"),
        ({"consent": "może"}, "consent"),
        ({"website": "http://spam.example"}, "website"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client, fportal, smtp, changes, field):
    response = client().post(URL, json=request_body(**changes))
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["field"] == field
    assert error["message"].startswith(f"{field}: ")
    assert requests_in(fportal) == []
    assert smtp == []


def test_a_body_that_is_no_object_is_a_400(client, fportal):
    response = client().session.post(
        client().url(URL), data=b"[1, 2]", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "body" in response.json()["error"]["message"]


def test_too_many_requests_from_one_address_is_a_429(client, fportal, smtp):
    api.portal.set_registry_record("kancelaria.appointments.attempts", 2)
    transaction.commit()
    try:
        anonymous = client()
        assert anonymous.post(URL, json=request_body()).status_code == 201
        assert anonymous.post(URL, json=request_body(title="")).status_code == 400
        response = anonymous.post(URL, json=request_body())
        assert response.status_code == 429
        assert int(response.headers["Retry-After"]) >= 1
        assert response.json()["error"]["message"].startswith(
            "Too many requests from your address. Try again in"
        )
        assert len(requests_in(fportal)) == 1
    finally:
        api.portal.set_registry_record("kancelaria.appointments.attempts", 5)
        transaction.commit()


def test_only_the_contact_page_takes_requests(client, fportal):
    response = client().post("deklaracja-dostepnosci/@appointment-request", json=request_body())
    assert response.status_code == 404
    assert requests_in(fportal) == []
