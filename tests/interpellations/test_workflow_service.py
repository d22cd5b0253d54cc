"""``@workflow`` answers in the order a caller is owed: permission first (so a refusal tells
a visitor nothing about the draft answer), then the state, then the fields. A refused call
writes nothing."""

from plone import api

import pytest
import transaction


def post(client, user, obj, transition, body=None, **kw):
    return client(user).post(f"{obj.absolute_url()}/@workflow/{transition}", body, **kw)


@pytest.mark.parametrize("user", [None, "outsider", "wksp", "press"])
def test_permission_before_fields(client, finterpellation, user):
    """An empty answer would be a 400 naming ``answer``; a caller who may not submit learns
    only that they may not."""
    obj = finterpellation("forwarded")
    response = post(client, user, obj, "submit_answer")
    assert response.status_code == (401 if user is None else 403), response.text
    assert "answer" not in response.text.lower().replace("submit_answer", "")
    transaction.begin()
    assert api.content.get_state(obj) == "forwarded"


def test_visitor_cannot_tell_a_draft_exists(client, finterpellation):
    empty = finterpellation("forwarded", title="Bez projektu")
    drafted = finterpellation("forwarded", title="Z projektem", answer="<p>Projekt</p>")
    answers = [post(client, None, obj, "submit_answer") for obj in (empty, drafted)]
    assert [a.status_code for a in answers] == [401, 401]
    assert answers[0].json() | {"context": ""} == answers[1].json() | {"context": ""}


def test_unknown_transition_named_with_its_name(client, finterpellation):
    obj = finterpellation("forwarded")
    response = post(client, "clerk", obj, "publish_everything")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "transition"
    assert "publish_everything" in error["message"]
    assert "${" not in error["message"]


def test_transition_not_available_in_state(client, finterpellation):
    obj = finterpellation("registered")
    response = post(client, "mayor", obj, "approve_answer")
    # The mayor may approve (the permission), but not in this state.
    assert response.status_code in (400, 403), response.text
    if response.status_code == 400:
        error = response.json()["error"]
        assert error["field"] == "transition" and "${" not in error["message"]
    transaction.begin()
    assert api.content.get_state(obj) == "registered"


def test_refused_transition_writes_nothing(client, finterpellation):
    """The standard service stamped the effective date before finding the transition
    refused; nothing is written now."""
    obj = finterpellation("forwarded")
    effective = obj.EffectiveDate()
    post(client, None, obj, "approve_answer")
    post(client, "wksp", obj, "submit_answer")
    transaction.begin()
    assert obj.EffectiveDate() == effective


@pytest.mark.parametrize(
    "body, field",
    [
        ({"comment": 5}, "comment"),
        ({"comment": ["a", "b"]}, "comment"),
        ({"comment": {"text": "x"}}, "comment"),
    ],
)
def test_return_comment_must_be_text(client, finterpellation, body, field):
    obj = finterpellation("answer_review")
    response = post(client, "mayor", obj, "return_answer", body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field
    transaction.begin()
    assert api.content.get_state(obj) == "answer_review"


@pytest.mark.parametrize("raw", ["[1, 2]", '"tekst"', "null", "{nie json", "[" * 100_000])
def test_body_must_be_an_object(client, finterpellation, raw):
    obj = finterpellation("forwarded", answer="<p>Projekt</p>")
    response = client("woik").session.post(
        f"{obj.absolute_url()}/@workflow/submit_answer",
        data=raw,
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    assert response.status_code == 400, response.text
    assert "body" in response.text
    transaction.begin()
    assert api.content.get_state(obj) == "forwarded"
