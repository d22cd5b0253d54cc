"""Bad input to letters: each a 400 naming the field, nothing written, never a 500."""

from datetime import timedelta
from kancelaria import clock
from plone import api
from tests.letters.test_flow_rest import REGISTER
from tests.letters.test_flow_rest import register_letter

import pytest
import transaction


def count(fportal, portal_type):
    transaction.begin()
    return len(api.content.find(portal_type=portal_type, unrestricted=True))


def outgoing_body(**extra):
    return {
        "@type": "OutgoingLetter",
        "title": "Gratulacje z okazji jubileuszu",
        "recipients": [{"name": "Jan Kowalski", "address": "ul. Długa 2"}],
        "kind": "jubilee",
        "signatory": "prezydent",
        **extra,
    }


@pytest.mark.parametrize(
    "field,value",
    [
        ("kind", "gossip"),
        ("channel", "pigeon"),
        ("sender_email", "not an address"),
        ("letter_date", "2999-01-01"),
    ],
)
def test_incoming_refused(client, fportal, field, value):
    before = count(fportal, "IncomingLetter")
    refused = register_letter(client("clerk"), **{field: value})
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["field"] == field
    assert count(fportal, "IncomingLetter") == before


def test_sender_is_required(client, fportal):
    body = {"@type": "IncomingLetter", "title": "Bez nadawcy", "kind": "general"}
    refused = client("clerk").post(REGISTER, json=body)
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "sender_name"


@pytest.mark.parametrize(
    "field,value",
    [
        ("recipients", []),
        ("kind", "gossip"),
        ("channel", "pigeon"),
        ("signatory", "the-pope"),
    ],
)
def test_outgoing_refused(client, fportal, field, value):
    before = count(fportal, "OutgoingLetter")
    refused = client("clerk").post(REGISTER, json=outgoing_body(**{field: value}))
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["field"] == field
    assert count(fportal, "OutgoingLetter") == before


def test_a_reply_to_an_outgoing_letter_is_refused(client, fportal, fincoming, freply):
    other = freply(fincoming("assigned"))
    before = count(fportal, "OutgoingLetter")
    for given in (other.UID(), "/" + "/".join(other.getPhysicalPath()[2:])):
        refused = client("clerk").post(REGISTER, json=outgoing_body(in_reply_to=given))
        assert refused.status_code == 400, refused.text
        assert refused.json()["error"]["field"] == "in_reply_to"
    assert count(fportal, "OutgoingLetter") == before


def test_a_reply_by_uid_or_path(client, fportal, fincoming):
    letter = fincoming("assigned")
    path = "/" + "/".join(letter.getPhysicalPath()[2:])
    for given in (letter.UID(), path):
        made = client("clerk").post(REGISTER, json=outgoing_body(kind="reply", in_reply_to=given))
        assert made.status_code == 201, made.text
        assert made.json()["signature"] == letter.signature


def test_dispatch_date_before_signature(client, fincoming, freply):
    reply = freply(fincoming("assigned"), "signed")
    url = reply.absolute_url()
    before = (clock.today() - timedelta(days=3)).isoformat()
    refused = client("clerk").patch(url, json={"sent_date": before})
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["field"] == "sent_date"
    # Set behind the office's back, the transition refuses it too.
    transaction.begin()
    reply.sent_date = clock.today() - timedelta(days=3)
    transaction.commit()
    refused = client("clerk").post(f"{url}/@workflow/send", json={})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "sent_date"
    transaction.begin()
    assert api.content.get_state(reply) == "signed"


def test_a_given_dispatch_date_stays(client, fincoming, freply):
    reply = freply(fincoming("assigned"), "signed")
    url = reply.absolute_url()
    today = clock.today().isoformat()
    assert client("clerk").patch(url, json={"sent_date": today}).status_code == 204
    assert client("clerk").post(f"{url}/@workflow/send", json={}).status_code == 200
    assert client("clerk").get(url).json()["sent_date"] == today


def test_reply_cannot_move_to_another_case(client, fincoming, freply):
    reply = freply(fincoming("assigned"))
    other = fincoming("assigned", title="Inny list")
    refused = client("clerk").patch(reply.absolute_url(), json={"in_reply_to": other.UID()})
    assert refused.status_code == 400, refused.text
    assert refused.json()["error"]["field"] == "in_reply_to"


def test_unknown_kind_in_the_settings_is_refused(client):
    rows = [{"id": "Zła Nazwa", "title": "x", "days": 3}]
    refused = client("admin").patch("@controlpanels/kancelaria", json={"letter_kinds": rows})
    assert refused.status_code == 400, refused.text


def test_a_kind_without_days_is_refused(client):
    """Every kind of letter has a deadline (the desk's queues sort by it)."""
    rows = [{"id": "general", "title": "Pismo ogólne"}]
    refused = client("admin").patch("@controlpanels/kancelaria", json={"letter_kinds": rows})
    assert refused.status_code == 400, refused.text
    kinds = client("admin").get("@controlpanels/kancelaria").json()["data"]["letter_kinds"]
    assert {k["id"] for k in kinds} >= {"general", "resident_inquiry"}


def test_the_deadline_follows_the_kind(client, fincoming):
    letter = fincoming(kind="media_inquiry")
    from kancelaria.case.deadlines import deadline_for

    assert letter.deadline == deadline_for(letter.received_date, "media_inquiry")
    answer = client("clerk").patch(letter.absolute_url(), json={"kind": "complaint"})
    assert answer.status_code == 204
    data = client("clerk").get(letter.absolute_url()).json()
    assert data["deadline"] == deadline_for(letter.received_date, "complaint").isoformat()
    assert data["deadline"] != letter.deadline.isoformat()
