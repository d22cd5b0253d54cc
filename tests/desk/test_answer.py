"""The answer form (``<interpellation>/@@answer``) and the item page's actions for the
department that writes the answer and for the mayor who decides on it."""

from kancelaria.case import history
from plone import api
from tests.desk.conftest import RETURN_COMMENT
from tests.interpellations.conftest import csrf_token

import pytest
import transaction

HTML = {"Accept": "text/html"}


def page(client, user, obj, view=""):
    url = obj.absolute_url() + (f"/{view}" if view else "")
    return client(user).session.get(url, headers=HTML, allow_redirects=False, timeout=60)


def denied(response):
    return response.status_code in (401, 403) or (
        response.status_code == 302 and "login" in response.headers.get("Location", "")
    )


def submit(client, fportal, user, obj, answer, button="save", token=True):
    data = {
        "form.widgets.answer": answer,
        "form.widgets.answer.mimeType": "text/html",
        f"form.buttons.{button}": "x",
    }
    if token:
        data["_authenticator"] = csrf_token(fportal, user)
    return client(user).session.post(
        obj.absolute_url() + "/@@answer",
        data=data,
        headers=HTML,
        allow_redirects=False,
        timeout=60,
    )


def test_the_question_beside_the_editor(client, finterpellation):
    obj = finterpellation("forwarded")
    response = page(client, "woik", obj, "@@answer")
    assert response.status_code == 200
    text = response.text
    assert f"Treść: {obj.title}" in text  # the question…
    assert 'name="form.widgets.answer"' in text  # …beside the answer's editor
    assert 'name="form.widgets.text"' not in text  # and never editable here
    assert 'name="form.buttons.submit"' in text


@pytest.mark.parametrize(
    "user,state",
    [
        ("wksp", "forwarded"),  # another department
        (None, "forwarded"),
        ("outsider", "forwarded"),
        ("mayor", "answer_review"),
        ("woik", "answer_review"),  # submitted: no longer the department's to edit
        ("woik", "answered"),
    ],
)
def test_only_who_writes_the_answer_opens_the_form(client, finterpellation, user, state):
    assert denied(page(client, user, finterpellation(state), "@@answer"))


def test_save_keeps_the_draft(client, fportal, finterpellation):
    obj = finterpellation("forwarded")
    response = submit(client, fportal, "woik", obj, "<p>Projekt odpowiedzi.</p>")
    assert response.status_code == 302
    assert response.headers["Location"] == obj.absolute_url()
    transaction.begin()
    assert "Projekt odpowiedzi." in obj.answer.raw
    assert api.content.get_state(obj) == "forwarded"
    edit = history.entries(obj)[-1]
    assert edit["action"] == "edit_fields" and edit["actor"] == "woik"
    assert edit["kancelaria_fields"] == ["answer"]


def test_submit_sends_it_to_the_mayor(client, fportal, finterpellation, smtp):
    obj = finterpellation("forwarded")
    smtp.clear()  # the routing's e-mail
    response = submit(client, fportal, "woik", obj, "<p>Gotowe.</p>", button="submit")
    assert response.status_code == 302
    transaction.begin()
    assert api.content.get_state(obj) == "answer_review"
    assert "Gotowe." in obj.answer.raw
    assert [m["to"] for m in smtp] == [["mayor@example.org"]]


def test_an_empty_answer_is_not_submitted(client, fportal, finterpellation, smtp):
    obj = finterpellation("forwarded", answer="<p>Wcześniejszy projekt.</p>")
    smtp.clear()  # the routing's e-mail
    response = submit(client, fportal, "woik", obj, "<p> </p>", button="submit")
    assert response.status_code == 200  # the form again, the message on the field
    assert "write the answer before submitting it." in response.text
    transaction.begin()
    assert api.content.get_state(obj) == "forwarded"
    assert "Wcześniejszy projekt." in obj.answer.raw  # nothing written
    assert smtp == []


def test_without_the_token_nothing_is_written(client, fportal, finterpellation):
    obj = finterpellation("forwarded")
    response = submit(client, fportal, "woik", obj, "<p>Obce</p>", button="submit", token=False)
    assert response.status_code == 403
    transaction.begin()
    assert obj.answer is None and api.content.get_state(obj) == "forwarded"


def test_department_page_offers_the_answer(client, finterpellation):
    """The department that must write the answer is told to, not that it "is being
    prepared"; a visitor is."""
    obj = finterpellation("forwarded")
    woik = page(client, "woik", obj).text
    assert f'href="{obj.absolute_url()}/@@answer"' in woik
    assert "kancelaria-no-draft" in woik and "kancelaria-no-answer" not in woik
    visitor = page(client, None, obj).text
    assert "kancelaria-no-answer" in visitor and "@@answer" not in visitor


def test_department_page_submits_a_written_draft(client, finterpellation):
    obj = finterpellation("forwarded", answer="<p>Projekt.</p>")
    woik = page(client, "woik", obj).text
    assert 'name="workflow_action" value="submit_answer"' in woik
    assert "Projekt." in woik


def test_mayor_decides_next_to_the_draft(client, finterpellation):
    obj = finterpellation("answer_review")
    mayor = page(client, "mayor", obj).text
    assert "kancelaria-decision" in mayor
    assert 'name="workflow_action" value="approve_answer"' in mayor
    assert f'action="{obj.absolute_url()}/@@return-answer"' in mayor
    assert 'name="form.widgets.comment"' in mayor
    for user in ("clerk", "woik", None):
        assert "kancelaria-decision" not in page(client, user, obj).text


def test_return_from_the_page_needs_a_comment(client, fportal, finterpellation):
    """The page's small return form posts to ``@@return-answer``: without a comment the
    answer stays with the mayor, with one it goes back."""
    obj = finterpellation("answer_review")
    url = obj.absolute_url() + "/@@return-answer"
    session = client("mayor").session
    data = {"form.buttons.save": "return", "_authenticator": csrf_token(fportal, "mayor")}
    empty = session.post(url, data={**data, "form.widgets.comment": ""}, headers=HTML)
    assert empty.status_code == 200
    transaction.begin()
    assert api.content.get_state(obj) == "answer_review"
    done = session.post(url, data={**data, "form.widgets.comment": RETURN_COMMENT}, headers=HTML)
    assert done.status_code == 200
    transaction.begin()
    assert api.content.get_state(obj) == "forwarded"


def test_the_returned_answer_shows_the_comment_to_the_staff(client, office):
    back = office["back"]
    for user in ("woik", "clerk", "mayor"):
        assert RETURN_COMMENT in page(client, user, back).text, user
    assert RETURN_COMMENT in page(client, "woik", back, "@@answer").text
    for user in (None, "wksp"):  # the case is public, the comment is not
        assert RETURN_COMMENT not in page(client, user, back).text, user
