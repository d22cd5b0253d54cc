"""The whole correspondence flow over REST, as the people of the office do it: the clerk
registers, routes; the department drafts the reply and submits it; the mayor signs; the office
sends; the letter it answers is closed, the reply named in its history."""

from kancelaria import clock

import pytest

REGISTER = "kancelaria/korespondencja"


def register_letter(clerk, **extra):
    body = {
        "@type": "IncomingLetter",
        "title": "Pytanie o godziny otwarcia urzędu",
        "sender_name": "Anna Mieszkańska",
        "sender_address": "ul. Polna 1, 41-600 Świętochłowice",
        "sender_email": "anna@example.org",
        "sender_reference": "AM/1/2026",
        "channel": "email",
        "kind": "resident_inquiry",
        "summary": "Mieszkanka pyta, w jakich godzinach urząd przyjmuje interesantów.",
        **extra,
    }
    return clerk.post(REGISTER, json=body)


def test_the_whole_flow(client, smtp):
    clerk, woik, mayor = client("clerk"), client("woik"), client("mayor")
    today = clock.today()

    created = register_letter(clerk)
    assert created.status_code == 201, created.text
    letter = created.json()
    assert letter["incoming_number"].startswith("RPW/")
    assert letter["incoming_number"].endswith(f"/{today.year}")
    assert letter["signature"].startswith("KPM.0140.")
    assert letter["deadline"] is not None  # 30 days for a resident's inquiry
    url = letter["@id"]

    routed = clerk.post(f"{url}/@route", json={"departments": ["WOIK"], "comment": "Do odp."})
    assert routed.status_code == 200, routed.text
    assert routed.json()["review_state"] == "assigned"
    assert any("woik@example.org" in m["to"] for m in smtp)

    reply = woik.post(f"{url}/@reply")
    assert reply.status_code == 201, reply.text
    draft = reply.json()
    assert draft["signature"] == letter["signature"]  # the reply belongs to the case
    assert draft["review_state"] == "draft"
    draft_url = draft["@id"]

    seen = woik.get(draft_url).json()
    assert seen["recipients"][0]["name"] == "Anna Mieszkańska"
    assert seen["recipients"][0]["email"] == "anna@example.org"
    assert seen["in_reply_to"]["@id"] == url
    assert seen["kind"]["token"] == "reply"

    written = woik.patch(draft_url, json={"body": "<p>Urząd jest czynny od 7:30.</p>"})
    assert written.status_code == 204, written.text
    submitted = woik.post(f"{draft_url}/@workflow/submit", json={})
    assert submitted.status_code == 200, submitted.text

    assert woik.post(f"{draft_url}/@workflow/sign", json={}).status_code in (401, 403)
    signed = mayor.post(f"{draft_url}/@workflow/sign", json={})
    assert signed.status_code == 200, signed.text
    assert woik.post(f"{draft_url}/@workflow/send", json={}).status_code in (401, 403)

    sent = clerk.post(f"{draft_url}/@workflow/send", json={})
    assert sent.status_code == 200, sent.text
    final = clerk.get(draft_url).json()
    assert final["review_state"] == "sent"
    assert final["sent_date"] == today.isoformat()

    closed = clerk.get(url).json()
    assert closed["review_state"] == "closed"
    history = clerk.get(f"{url}/@history").json()
    closing = [e for e in history if e.get("action") == "close" or e.get("transition") == "close"]
    assert closing, history
    assert letter["signature"] in str(closing[-1])


def test_close_needs_a_note(client, fincoming):
    letter = fincoming("assigned")
    url = letter.absolute_url()
    refused = client("woik").post(f"{url}/@workflow/close", json={})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "comment"
    assert client("woik").get(url).json()["review_state"] == "assigned"
    done = client("woik").post(f"{url}/@workflow/close", json={"comment": "Odpowiedziano ustnie"})
    assert done.status_code == 200, done.text
    assert client("clerk").get(url).json()["review_state"] == "closed"


def test_return_to_draft_needs_a_comment(client, fincoming, freply):
    reply = freply(fincoming("assigned"), "pending_signature")
    url = reply.absolute_url()
    refused = client("mayor").post(f"{url}/@workflow/return_to_draft", json={"comment": " "})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "comment"
    back = client("mayor").post(
        f"{url}/@workflow/return_to_draft", json={"comment": "Proszę dodać podstawę prawną"}
    )
    assert back.status_code == 200, back.text
    desk = client("woik").get("kancelaria/@desk").json()
    returned = {q["id"]: q for q in desk["queues"]}["letters_returned"]
    assert [i["@id"] for i in returned["items"]] == [url]
    assert returned["items"][0]["note"] == "Proszę dodać podstawę prawną"


@pytest.mark.parametrize("user", ["clerk", "admin"])
def test_only_the_mayor_signs(client, fincoming, freply, user):
    reply = freply(fincoming("assigned"), "pending_signature")
    refused = client(user).post(f"{reply.absolute_url()}/@workflow/sign", json={})
    assert refused.status_code == 403
