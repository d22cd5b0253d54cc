"""Bad input to the case core's endpoints: a 400 naming the field, never a 500, nothing
half-written (each of these answered 500 or was silently wrong before)."""

from kancelaria import clock
from plone import api

import json
import pytest
import transaction

QUESTION = {"data": "<p>Kiedy?</p>", "content-type": "text/html"}


def _named(response, field):
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field, response.text


@pytest.mark.parametrize("comment", [5, ["pilne"], {"tekst": "pilne"}, True])
def test_route_comment_must_be_text(client, fcase, comment):
    case = fcase()
    response = client("clerk").post(
        case.absolute_url() + "/@route", {"departments": ["WOIK"], "comment": comment}
    )
    _named(response, "comment")
    transaction.begin()
    assert not case.departments
    assert api.content.get_state(case) == "registered"


@pytest.mark.parametrize("reason", [5, ["urlop"], None, "   "])
def test_deadline_reason_must_be_text(client, fcase, reason):
    case = fcase()
    before = case.deadline
    response = client("clerk").post(
        case.absolute_url() + "/@deadline", {"deadline": "2026-12-30", "reason": reason}
    )
    _named(response, "reason")
    transaction.begin()
    assert case.deadline == before


@pytest.mark.parametrize("deadline", [20261230, "9999-12-31", None, ["2026-12-30"]])
def test_deadline_must_be_a_sensible_date(client, fcase, deadline):
    case = fcase()
    response = client("clerk").post(
        case.absolute_url() + "/@deadline", {"deadline": deadline, "reason": "Urlop"}
    )
    _named(response, "deadline")


def _post_raw(client, url, raw):
    return client("clerk").session.post(
        url, data=raw, headers={"Content-Type": "application/json"}, timeout=60
    )


@pytest.mark.parametrize("raw", ["nie json", "[1, 2]", '"tekst"', "null", "5"])
def test_register_post_body_must_be_an_object(client, fportal, raw):
    register = fportal["interpelacje"]
    _named(_post_raw(client, register.absolute_url(), raw), "body")
    transaction.begin()
    assert not register.objectIds()


def test_register_post_deeply_nested_json(client, fportal):
    register = fportal["interpelacje"]
    raw = '{"@type": "Interpellation", "title": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = _post_raw(client, register.absolute_url(), raw)
    assert response.status_code == 400, response.text[:300]
    transaction.begin()
    assert not register.objectIds()


def _interpellation(**overrides):
    body = {
        "@type": "Interpellation",
        "title": "Oświetlenie",
        "kind": "interpellation",
        "councillor": "jan-nowak",
        "text": QUESTION,
    }
    body.update(overrides)
    return body


@pytest.mark.parametrize(
    "text",
    [
        {"data": 5},
        {"data": ["<p>x</p>"]},
        {"data": "<p>x</p>", "content-type": "application/javascript"},
        {"data": "alert(1)", "content-type": "text/javascript"},
        {"data": "<p>x</p>", "encoding": 5},
        5,
        ["<p>x</p>"],
    ],
)
def test_question_must_be_text_of_an_accepted_type(client, fportal, text):
    register = fportal["interpelacje"]
    response = client("clerk").post(register.absolute_url(), _interpellation(text=text))
    _named(response, "text")
    transaction.begin()
    assert not register.objectIds()


def test_question_as_plain_string_is_accepted(client, fportal):
    response = client("clerk").post(
        fportal["interpelacje"].absolute_url(), _interpellation(text="<p>Kiedy?</p>")
    )
    assert response.status_code == 201, response.text
    assert "Kiedy?" in response.json()["text"]["data"]


@pytest.mark.parametrize("field, value", [("councillor", "nikt"), ("kind", "petycja")])
def test_unknown_choices_named(client, fportal, field, value):
    register = fportal["interpelacje"]
    response = client("clerk").post(register.absolute_url(), _interpellation(**{field: value}))
    _named(response, field)
    transaction.begin()
    assert not register.objectIds()


def test_patch_with_an_unchanged_class_is_not_an_error(client, fcase):
    """``PATCH {"jrwa": "0002"}`` answered 500."""
    case = fcase()
    response = client("clerk").patch(case.absolute_url(), {"jrwa": "0002"})
    assert response.status_code == 204, response.text


def test_patch_body_must_be_an_object(client, fcase):
    case = fcase()
    response = client("clerk").session.patch(
        case.absolute_url(),
        data=json.dumps(["title", "x"]),
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    _named(response, "body")


def test_year_of_today_in_signature(client, fportal):
    response = client("clerk").post(fportal["interpelacje"].absolute_url(), _interpellation())
    assert response.json()["signature"].endswith(f".{clock.today().year}")
