"""The secretariat schedules a request into the calendar (``POST <request>/@schedule``) or
refuses it (``POST <request>/@workflow/refuse``); the resident gets the outcome by e-mail
in Polish from the office's address; bad input is a 400 naming the field, with no
appointment left behind; only the secretariat decides."""

from .conftest import RESIDENT_EMAIL
from datetime import datetime
from datetime import timedelta
from email.header import decode_header
from email.header import make_header
from kancelaria import clock
from plone import api

import pytest
import transaction


def at(days, hour, minute=0):
    day = clock.today() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute).isoformat()


def schedule_body(**fields):
    body = {
        "start": at(3, 10),
        "end": at(3, 10, 30),
        "place": "Gabinet Prezydenta, pok. 101",
        "officials": ["prezydent"],
    }
    body.update(fields)
    return body


def appointments(fportal):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(portal_type="Appointment")
    ]


def state(obj):
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        return api.content.get_state(obj)


def mails_to(smtp, address):
    return [m["message"] for m in smtp if address in m["to"]]


def text_of(message):
    return message.get_payload(decode=True).decode("utf-8")


def subject_of(message):
    return str(make_header(decode_header(message["Subject"])))


def test_the_secretariat_schedules_and_the_resident_is_told(
    client, fportal, frequest, smtp, polish
):
    obj = frequest(official="zastepca-1")
    smtp.clear()
    response = client("clerk").post(f"{obj.absolute_url()}/@schedule", json=schedule_body())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["@type"] == "Appointment"
    assert body["review_state"] == "internal"
    assert [o["token"] for o in body["officials"]] == ["prezydent"]
    (appointment,) = appointments(fportal)
    assert body["@id"] == appointment.absolute_url()
    assert state(obj) == "scheduled"
    # Linked both ways.
    assert appointment.request.to_object.UID() == obj.UID()
    assert obj.appointment.to_object.UID() == appointment.UID()
    assert appointment.place == "Gabinet Prezydenta, pok. 101"
    assert appointment.start.astimezone(clock.zone()).strftime("%H:%M") == "10:00"
    assert appointment.title == obj.title
    (message,) = mails_to(smtp, RESIDENT_EMAIL)
    assert "kpm@swietochlowice.pl" in message["From"]
    day = (clock.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    assert subject_of(message) == f"Umówione spotkanie: {day}, godz. 10:00"
    text = text_of(message)
    assert f"Data: {day}" in text
    assert "Godzina: 10:00–10:30" in text
    assert "Miejsce: Gabinet Prezydenta, pok. 101" in text
    assert "Z kim: Prezydent Miasta" in text
    # Decided: no second appointment (nobody may schedule it any more).
    again = client("clerk").post(f"{obj.absolute_url()}/@schedule", json=schedule_body())
    assert again.status_code in (401, 403)
    assert len(appointments(fportal)) == 1


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"start": None}, "start"),
        ({"start": "jutro o 10"}, "start"),
        ({"start": 1700000000}, "start"),
        ({"end": at(3, 9)}, "end"),
        ({"end": at(3, 10)}, "end"),
        ({"start": at(-2, 10), "end": at(-2, 11)}, "start"),
        ({"place": ["pok. 101"]}, "place"),
        ({"place": "x" * 5000}, "place"),
        ({"officials": []}, "officials"),
        ({"officials": ["ktos-nieznany"]}, "officials"),
        ({"officials": None}, "officials"),
    ],
)
def test_bad_input_is_a_400_and_nothing_is_written(client, fportal, frequest, smtp, changes, field):
    obj = frequest()
    smtp.clear()
    body = {k: v for k, v in schedule_body(**changes).items() if v is not None}
    response = client("clerk").post(f"{obj.absolute_url()}/@schedule", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field
    assert appointments(fportal) == []
    assert state(obj) == "submitted"
    assert smtp == []


def test_no_appointment_is_left_behind_when_the_transition_fails(client, fportal, frequest):
    """The request decided meanwhile (refused): an administrator, who may still call
    ``@schedule``, gets a 400 naming the state once the appointment was made, and the
    calendar keeps no orphan appointment."""
    obj = frequest()
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="refuse", comment="Brak terminów.")
    transaction.commit()
    response = client("admin").post(f"{obj.absolute_url()}/@schedule", json=schedule_body())
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == "review_state"
    assert appointments(fportal) == []
    assert state(obj) == "refused"
    transaction.begin()
    assert obj.appointment is None


def test_the_schedule_transition_alone_is_refused(client, frequest, fportal):
    obj = frequest()
    response = client("clerk").post(f"{obj.absolute_url()}/@workflow/schedule")
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == "appointment"
    assert state(obj) == "submitted"


def test_the_secretariat_refuses_with_a_reason(client, fportal, frequest, smtp, polish):
    obj = frequest()
    smtp.clear()
    url = f"{obj.absolute_url()}/@workflow/refuse"
    missing = client("clerk").post(url, json={})
    assert missing.status_code == 400
    assert missing.json()["error"]["field"] == "refusal_reason"
    assert state(obj) == "submitted"
    assert smtp == []
    reason = "Sprawa należy do Wydziału Infrastruktury; prosimy o kontakt z wydziałem."
    response = client("clerk").post(url, json={"comment": reason})
    assert response.status_code == 200, response.text
    assert state(obj) == "refused"
    assert obj.refusal_reason == reason
    (message,) = mails_to(smtp, RESIDENT_EMAIL)
    assert "kpm@swietochlowice.pl" in message["From"]
    assert subject_of(message) == "Prośba o spotkanie: odmowa"
    assert f"Powód: {reason}" in text_of(message)


def test_a_phone_only_request_is_decided_without_mail(client, fportal, frequest, smtp):
    obj = frequest(email=None)
    response = client("clerk").post(f"{obj.absolute_url()}/@schedule", json=schedule_body())
    assert response.status_code == 201
    assert smtp == []


@pytest.mark.parametrize("user", ["mayor", "press", "woik", "outsider", None])
def test_only_the_secretariat_decides(client, fportal, frequest, smtp, user):
    obj = frequest()
    url = obj.absolute_url()
    scheduled = client(user).post(f"{url}/@schedule", json=schedule_body())
    refused = client(user).post(f"{url}/@workflow/refuse", json={"comment": "Nie."})
    assert scheduled.status_code in (401, 403, 404), scheduled.text
    assert refused.status_code in (401, 403, 404), refused.text
    assert state(obj) == "submitted"
    assert appointments(fportal) == []


@pytest.mark.parametrize(
    "field, value",
    [("name", "Ktoś Inny"), ("email", "inny@example.org"), ("refusal_reason", "Nie.")],
)
def test_nobody_rewrites_what_the_resident_wrote(client, frequest, field, value):
    obj = frequest()
    response = client("clerk").patch(obj.absolute_url(), json={field: value})
    # Nobody but the site's administrators modifies a request at all.
    assert response.status_code == 401, response.text
    transaction.begin()
    assert getattr(obj, field) != value
