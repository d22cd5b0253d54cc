"""Letters made the way the office makes them, in any state of their workflows."""

from kancelaria.case import routing
from kancelaria.content.reply import create_reply
from plone import api

import pytest
import transaction

SENDER = {
    "sender_name": "Anna Mieszkańska",
    "sender_address": "ul. Polna 1\n41-600 Świętochłowice",
    "sender_email": "anna@example.org",
    "kind": "resident_inquiry",
    "channel": "email",
}


def make_incoming(container, state="registered", title="Pytanie o godziny otwarcia", **fields):
    for key, value in SENDER.items():
        fields.setdefault(key, value)
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="IncomingLetter", title=title, **fields)
        if state in ("assigned", "closed"):
            routing.route(obj, ["WOIK"], "Proszę o odpowiedź")
        if state == "closed":
            api.content.transition(obj=obj, transition="close", comment="Załatwiono telefonicznie")
    assert api.content.get_state(obj) == state
    return obj


def advance_outgoing(obj, state):
    steps = {"pending_signature": ["submit"], "signed": ["submit", "sign"]}
    steps["sent"] = [*steps["signed"], "send"]
    with api.env.adopt_roles(["Manager", "Approver"]):
        for transition in steps.get(state, []):
            api.content.transition(obj=obj, transition=transition)
    assert api.content.get_state(obj) == state
    return obj


def make_reply(incoming, state="draft"):
    with api.env.adopt_roles(["Manager"]):
        reply = create_reply(incoming)
        reply.body = "<p>Urząd jest czynny od 7:30.</p>"
    return advance_outgoing(reply, state)


@pytest.fixture
def incoming(portal):
    def make(state="registered", **fields):
        return make_incoming(portal["kancelaria"]["korespondencja"], state, **fields)

    return make


@pytest.fixture
def fincoming(fportal):
    def make(state="registered", **fields):
        obj = make_incoming(fportal["kancelaria"]["korespondencja"], state, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def freply(fportal):
    """``freply(incoming, state)`` — a committed reply to ``incoming``."""

    def make(incoming, state="draft"):
        obj = make_reply(incoming, state)
        transaction.commit()
        return obj

    return make
