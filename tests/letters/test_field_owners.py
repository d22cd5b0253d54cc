"""Who writes which field of a letter in which state, over REST (PATCH): a field the caller
may not write is refused (400 naming it, or 401/403 when the letter is not theirs to edit at
all), and the value stays."""

from kancelaria import clock
from plone import api

import pytest
import transaction

TODAY = clock.today().isoformat()

#: (user, state, field, value, allowed)
INCOMING = [
    ("clerk", "registered", "summary", "Nowe streszczenie", True),
    ("clerk", "assigned", "sender_name", "Anna Nowak", True),
    ("clerk", "assigned", "kind", "complaint", True),
    ("clerk", "closed", "summary", "Po zamknięciu", False),
    ("clerk", "registered", "incoming_number", "RPW/999/2026", False),
    ("woik", "assigned", "summary", "Wydział pisze", False),
    ("woik", "assigned", "kind", "general", False),
    ("woik", "assigned", "received_date", "2026-01-02", False),
    ("woik", "assigned", "incoming_number", "RPW/1/2000", False),
    ("mayor", "assigned", "sender_name", "Ktoś", False),
    ("wksp", "assigned", "summary", "Nie nasz", False),
]

OUTGOING = [
    ("woik", "draft", "body", "<p>Wydział pisze</p>", True),
    ("woik", "draft", "signatory", "zastepca", True),
    ("woik", "draft", "sent_date", TODAY, False),
    ("woik", "pending_signature", "body", "<p>Po wysłaniu do podpisu</p>", False),
    ("mayor", "pending_signature", "body", "<p>Poprawka Prezydenta</p>", True),
    ("clerk", "signed", "body", "<p>Po podpisie</p>", False),
    ("clerk", "signed", "signatory", "zastepca", False),
    ("clerk", "signed", "sent_date", TODAY, True),
    ("woik", "signed", "sent_date", TODAY, False),
    ("mayor", "signed", "body", "<p>Po podpisie</p>", False),
    ("clerk", "sent", "sent_date", TODAY, False),
    ("wksp", "draft", "body", "<p>Nie nasz</p>", False),
]


def _value(obj, field):
    value = getattr(obj, field, None)
    return getattr(value, "raw", value)


def _check(client, obj, user, field, value, allowed):
    transaction.begin()
    before = _value(obj, field)
    answer = client(user).patch(obj.absolute_url(), json={field: value})
    transaction.begin()
    after = _value(obj, field)
    if allowed:
        assert answer.status_code == 204, answer.text
        assert after != before
    else:
        assert answer.status_code in (400, 401, 403), answer.text
        if answer.status_code == 400:
            assert answer.json()["error"]["field"] == field
        assert after == before


@pytest.mark.parametrize("user,state,field,value,allowed", INCOMING)
def test_incoming(client, fincoming, user, state, field, value, allowed):
    _check(client, fincoming(state), user, field, value, allowed)


@pytest.mark.parametrize("user,state,field,value,allowed", OUTGOING)
def test_outgoing(client, fincoming, freply, user, state, field, value, allowed):
    _check(client, freply(fincoming("assigned"), state), user, field, value, allowed)


def test_signature_and_deadline_are_the_cores(client, fincoming, freply):
    reply = freply(fincoming("assigned"))
    for field, value in (("signature", "KPM.0140.99.2026"), ("deadline", TODAY)):
        answer = client("clerk").patch(reply.absolute_url(), json={field: value})
        assert answer.status_code == 400
        assert answer.json()["error"]["field"] == field
    transaction.begin()
    assert api.content.get_state(reply) == "draft"
