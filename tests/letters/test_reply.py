"""``POST <incoming>/@reply``: the draft of a reply, for whoever may answer the letter (the
office; the department it is routed to, while it is open), in the letter's case."""

from plone import api

import pytest
import transaction


@pytest.mark.parametrize(
    "user,state,status",
    [
        ("woik", "assigned", 201),
        ("clerk", "registered", 201),
        ("clerk", "assigned", 201),
        ("woik", "registered", 401),  # not routed to WOIK yet: not even found
        ("wksp", "assigned", 401),
        ("mayor", "assigned", 401),
        ("press", "assigned", 401),
        ("outsider", "assigned", 401),
        (None, "assigned", 401),
        ("woik", "closed", 401),
        ("clerk", "closed", 401),
    ],
)
def test_who_may_reply(client, fportal, fincoming, user, state, status):
    letter = fincoming(state)
    answer = client(user).post(f"{letter.absolute_url()}/@reply")
    # plone.restapi answers a refused service 401 (anonymous or not), never 2xx.
    if status == 201:
        assert answer.status_code == 201, answer.text
    else:
        assert answer.status_code in (401, 403, 404), answer.text
    transaction.begin()
    replies = api.content.find(portal_type="OutgoingLetter", unrestricted=True)
    assert len(replies) == (1 if status == 201 else 0)


def test_the_draft(client, fincoming):
    letter = fincoming("assigned")
    made = client("woik").post(f"{letter.absolute_url()}/@reply").json()
    transaction.begin()
    reply = api.content.get(UID=made["UID"])
    assert reply.in_reply_to.to_object == letter
    assert reply.signature == letter.signature
    assert reply.jrwa == letter.jrwa
    assert reply.deadline == letter.deadline
    assert reply.departments == ["WOIK"]
    assert reply.recipients == [
        {
            "name": "Anna Mieszkańska",
            "organisation": "",
            "address": "ul. Polna 1 41-600 Świętochłowice",
            "email": "anna@example.org",
        }
    ]
    assert reply.channel == "email" and reply.kind == "reply"
    assert "woik" in reply.users_with_local_role("Owner")
    # The letter's history says a reply is being drafted.
    actions = [e["action"] for e in letter.workflow_history["kancelaria_incoming_workflow"]]
    assert "prepare_reply" in actions
