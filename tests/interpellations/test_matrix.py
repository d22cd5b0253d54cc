"""Roles × states: who reads the question and who reads the answer (REST and page)."""

import pytest

STATES = ("registered", "forwarded", "answer_review", "answered", "withdrawn")
PUBLIC_QUESTION = {"forwarded", "answer_review", "answered", "withdrawn"}
ROUTED = {"forwarded", "answer_review", "answered", "withdrawn"}

#: user → (states where the question is readable, states where the answer is readable)
EXPECTED = {
    None: (PUBLIC_QUESTION, {"answered"}),
    "outsider": (PUBLIC_QUESTION, {"answered"}),
    "press": (PUBLIC_QUESTION, {"answered"}),
    "wksp": (PUBLIC_QUESTION, {"answered"}),
    "woik": (PUBLIC_QUESTION, ROUTED),
    "clerk": (set(STATES), set(STATES)),
    "mayor": (set(STATES), set(STATES)),
}


@pytest.fixture
def items(finterpellation):
    return {
        state: finterpellation(state, title=f"Sprawa {state}", answer=f"<p>Odpowiedz-{state}</p>")
        for state in STATES
    }


@pytest.mark.parametrize("user", list(EXPECTED))
def test_roles_by_state(client, items, user):
    questions, answers = EXPECTED[user]
    session = client(user)
    for state, obj in items.items():
        response = session.get(obj.absolute_url())
        assert (response.status_code == 200) is (state in questions), (user, state)
        if response.status_code != 200:
            continue
        answer = (response.json().get("answer") or {}).get("data", "")
        assert (f"Odpowiedz-{state}" in answer) is (state in answers), (user, state)
        page = session.session.get(obj.absolute_url(), headers={"Accept": "text/html"})
        assert (f"Odpowiedz-{state}" in page.text) is (state in answers), (user, state, "page")
