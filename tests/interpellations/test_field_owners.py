"""Who writes which field of an interpellation, in which state, over REST.

Allowed: 204 and the value changed. Refused: the field is named (400) or the item is not
the caller's to edit at all (401/403) — and the value is unchanged either way.
"""

from kancelaria import clock

import pytest
import transaction

TEXT = {"data": "<p>Nowa treść</p>", "content-type": "text/html"}

#: field → a new value over REST, and how to read it back from the object
FIELDS = {
    "title": ("Nowy temat", lambda obj: obj.title),
    "text": (TEXT, lambda obj: obj.text.raw if obj.text else None),
    "answer": (TEXT, lambda obj: obj.answer.raw if obj.answer else None),
    "answer_date": ("2026-01-07", lambda obj: obj.answer_date),
    "jrwa": ("0005", lambda obj: obj.jrwa),
}

#: (user, state) → the fields the user may write there
ALLOWED = {
    ("clerk", "registered"): {"title", "text", "answer"},
    ("clerk", "forwarded"): {"title", "text", "answer"},
    ("woik", "forwarded"): {"answer"},
}
USERS = ("clerk", "woik", "wksp", "mayor", "outsider", None)
STATES = ("registered", "forwarded", "answer_review", "answered")


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("user", USERS)
def test_field_owners(client, finterpellation, user, state):
    obj = finterpellation(state, title=f"Sprawa {state}")
    allowed = ALLOWED.get((user, state), set())
    session = client(user)
    for name, (value, read) in FIELDS.items():
        transaction.begin()
        before = read(obj)
        response = session.patch(obj.absolute_url(), {name: value})
        transaction.begin()
        if name in allowed:
            assert response.status_code == 204, (user, state, name, response.text)
            assert read(obj) != before, (user, state, name)
        else:
            assert response.status_code in (400, 401, 403), (user, state, name, response.text)
            if response.status_code == 400:
                assert response.json()["error"]["field"] == name
            assert read(obj) == before, (user, state, name)


def test_department_cannot_back_date_its_answer(client, finterpellation):
    """The defect: a department wrote ``answer_date`` and approval kept it, so the
    statistics counted a late answer "on time"."""
    obj = finterpellation("forwarded", answer="<p>Gotowe</p>")
    response = client("woik").patch(obj.absolute_url(), {"answer_date": "2026-01-02"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "answer_date"
    client("woik").post(obj.absolute_url() + "/@workflow/submit_answer")
    approved = client("mayor").post(obj.absolute_url() + "/@workflow/approve_answer")
    assert approved.status_code == 200, approved.text
    transaction.begin()
    assert obj.answer_date == clock.today()
