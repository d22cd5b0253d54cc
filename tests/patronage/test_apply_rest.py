"""``POST /patronaty/@apply`` without an account: 201 with the signature, the receipt
e-mail, bad input a 400 naming the field with nothing written, the honeypot, the burst."""

from .conftest import application
from datetime import timedelta
from email.header import decode_header
from email.header import make_header
from kancelaria import clock
from plone import api

import base64
import pytest
import transaction

APPLY = "patronaty/@apply"


def subject_of(message):
    return str(make_header(decode_header(message["Subject"])))


def count(portal):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return len(catalog.unrestrictedSearchResults(portal_type="Patronage"))


def test_anonymous_applies_and_gets_the_receipt(client, fportal, smtp, polish):
    response = client().post(APPLY, json=application())
    assert response.status_code == 201, response.text
    signature = response.json()["signature"]
    year = clock.today().year
    assert signature == f"KPM.0712.1.{year}"
    transaction.begin()
    obj = api.content.find(portal_type="Patronage", signature=signature, unrestricted=True)
    with api.env.adopt_roles(["Manager"]):
        obj = obj[0]._unrestrictedGetObject()
        assert api.content.get_state(obj) == "submitted"
    assert obj.contact_email == "zofia.prywatna@example.org"
    assert obj.participants == 300
    mails = [m for m in smtp if "zofia.prywatna@example.org" in m["to"]]
    assert len(mails) == 1
    message = mails[0]["message"]
    body = message.get_payload(decode=True).decode("utf-8")
    subject = subject_of(message)
    assert subject == f"Wniosek {signature} został przyjęty"
    assert signature in body
    assert "Co dalej: Kancelaria Prezydenta Miasta rozpatruje wniosek" in body
    assert "sprawozdanie ze zdjęciami" in body


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"request_kind": "medal"}, "request_kind"),
        ({"organiser_name": "  "}, "organiser_name"),
        ({"contact_email": "nie-adres"}, "contact_email"),
        ({"contact_phone": "zadzwoń"}, "contact_phone"),
        ({"contact_phone": "12"}, "contact_phone"),
        ({"event_start": "1.06.2027"}, "event_start"),
        ({"event_start": (clock.today() + timedelta(days=5)).isoformat()}, "event_start"),
        ({"event_end": (clock.today() + timedelta(days=40)).isoformat()}, "event_end"),
        ({"commercial": True}, "commercial"),
        ({"fundraising": True}, "fundraising"),
        ({"participants": -3}, "participants"),
        ({"participants": "dużo"}, "participants"),
        ({"title": "x" * 5000}, "title"),
        ({"description": "a\x00b"}, "description"),
        ({"website": "http://spam.example"}, "website"),
        ({"attachments": "programme.pdf"}, "attachments"),
        ({"attachments": [{"filename": "a.exe", "data": "AAAA"}]}, "attachments"),
        ({"attachments": [{"filename": "a.pdf", "data": "nie base64!"}]}, "attachments"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client, fportal, smtp, changes, field):
    before = count(fportal)
    response = client().post(APPLY, json=application(**changes))
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field
    assert error["message"].startswith(f"{field}: ")
    assert count(fportal) == before
    assert smtp == []


def test_the_rules_are_named_in_polish(client, fportal, polish):
    too_soon = (clock.today() + timedelta(days=10)).isoformat()
    error = client().post(APPLY, json=application(event_start=too_soon)).json()["error"]
    assert "30 dni" in error["message"]
    error = client().post(APPLY, json=application(commercial=True)).json()["error"]
    assert "komercyjn" in error["message"]
    error = client().post(APPLY, json=application(fundraising=True)).json()["error"]
    assert "zbiórk" in error["message"] or "zbiera" in error["message"]


def test_not_json_and_other_registers(client, fportal):
    response = client().post(APPLY, data=b"[1]", headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "body"
    response = client().post("interpelacje/@apply", json=application())
    assert response.status_code == 404


def test_attachments_arrive_inside_the_application(client, fportal):
    pdf = base64.b64encode(b"%PDF-1.4 programme").decode()
    response = client().post(
        APPLY,
        json=application(
            attachments=[
                {"filename": "program.pdf", "content-type": "application/pdf", "data": pdf}
            ]
        ),
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    brain = api.content.find(
        portal_type="Patronage", signature=response.json()["signature"], unrestricted=True
    )[0]
    obj = brain._unrestrictedGetObject()
    assert [f.file.filename for f in obj.objectValues()] == ["program.pdf"]


def test_a_file_over_the_limit_is_refused(client, fportal):
    api.portal.set_registry_record("kancelaria.max_attachment_mb", 1)
    transaction.commit()
    try:
        big = base64.b64encode(b"0" * (1024 * 1024 + 10)).decode()
        response = client().post(
            APPLY, json=application(attachments=[{"filename": "logo.png", "data": big}])
        )
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "attachments"
        assert "MB" in response.json()["error"]["message"]
    finally:
        api.portal.set_registry_record("kancelaria.max_attachment_mb", 25)
        transaction.commit()


def test_a_burst_from_one_address_is_stopped(client, fportal, polish):
    api.portal.set_registry_record("kancelaria.patronage_apply_attempts", 3)
    transaction.commit()
    try:
        answers = [
            client().post(APPLY, json=application(title=f"Wydarzenie {n}")) for n in range(6)
        ]
        assert [a.status_code for a in answers] == [201, 201, 201, 429, 429, 429]
        assert int(answers[3].headers["Retry-After"]) > 0
        assert "Zbyt wiele" in answers[3].json()["error"]["message"]
        assert count(fportal) == 3
    finally:
        api.portal.set_registry_record("kancelaria.patronage_apply_attempts", 5)
        transaction.commit()
