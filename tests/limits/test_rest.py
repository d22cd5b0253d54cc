"""Limits over the REST API: a 400 naming the field, nothing written (issue 6, point 14)."""

from kancelaria.case import numbering
from tests.limits.conftest import file_body
from tests.limits.conftest import html
from tests.limits.conftest import interpellation_body
from tests.limits.conftest import refused_field

import pytest
import transaction

MB = 1024 * 1024


@pytest.fixture
def folder(fportal):
    return fportal["interpelacje"]


def test_megabyte_title_refused(client, folder):
    response = client("clerk").post(folder.absolute_url(), interpellation_body(title="T" * MB))
    assert refused_field(response) == "title"
    transaction.begin()
    assert folder.objectIds() == []
    # Nothing half-written: the refused case took no number.
    created = client("clerk").post(folder.absolute_url(), interpellation_body())
    assert created.status_code == 201, created.text
    assert numbering.parse_signature(created.json()["signature"])[2] == 1


def test_five_megabyte_question_refused(client, folder):
    body = interpellation_body(text=html("<p>" + "Pytanie. " * (5 * MB // 9) + "</p>"))
    assert refused_field(client("clerk").post(folder.absolute_url(), body)) == "text"
    transaction.begin()
    assert folder.objectIds() == []


@pytest.mark.parametrize("title", ["Ulica\x00Polna", "Ulica\x1bPolna", "Ulica\x7fPolna"])
def test_control_characters_refused(client, folder, title):
    assert (
        refused_field(client("clerk").post(folder.absolute_url(), interpellation_body(title=title)))
        == "title"
    )
    transaction.begin()
    assert folder.objectIds() == []


def test_patch_refused_and_unchanged(client, finterpellation):
    obj = finterpellation("forwarded")
    url = obj.absolute_url()
    assert refused_field(client("clerk").patch(url, {"title": "T" * 301})) == "title"
    too_long = html("<p>" + "x" * 200_001 + "</p>")
    assert refused_field(client("clerk").patch(url, {"text": too_long})) == "text"
    assert refused_field(client("woik").patch(url, {"answer": too_long})) == "answer"
    data = client("clerk").get(url).json()
    assert data["title"] == "Oświetlenie ulicy Polnej"
    assert "x" * 100 not in data["text"]["data"]
    # An answer of the size of a long answer passes.
    long_answer = html("<p>" + "Odpowiedź. " * 15_000 + "</p>")
    assert client("woik").patch(url, {"answer": long_answer}).status_code == 204


def test_every_text_field_of_a_case_type(client, fcase, set_limit):
    """Not only ``title``: the test case type's description (plone.basic) too."""
    case = fcase()
    url = case.absolute_url()
    set_limit("max_text_length", 100)
    response = client("clerk").patch(url, {"description": "d" * 101})
    assert refused_field(response) == "description"
    response = client("clerk").patch(url, {"description": "zła\x00linia"})
    assert refused_field(response) == "description"
    response = client("clerk").patch(url, {"description": "Opis\nw dwóch\tliniach"})
    assert response.status_code == 204


def test_setting_change_takes_effect(client, folder, set_limit):
    set_limit("max_title_length", 20)
    body = interpellation_body(title="Dwadzieścia jeden zn.")
    assert refused_field(client("clerk").post(folder.absolute_url(), body)) == "title"
    created = client("clerk").post(folder.absolute_url(), interpellation_body(title="Krótki temat"))
    assert created.status_code == 201, created.text


def test_settings_over_rest(client):
    data = client("admin").get("@controlpanels/kancelaria").json()["data"]
    assert data["max_title_length"] == 300
    assert data["max_text_length"] == 200_000
    assert data["max_attachment_mb"] == 25
    assert "pdf" in data["attachment_types"] and "exe" not in data["attachment_types"]
    response = client("admin").patch("@controlpanels/kancelaria", {"max_attachment_mb": 0})
    assert response.status_code == 400
    response = client("admin").patch("@controlpanels/kancelaria", {"attachment_types": ["p d f"]})
    assert response.status_code == 400


# Attachments: a File inside a case


@pytest.fixture(params=["Interpellation", "IncomingLetter", "OutgoingLetter"])
def item(request, finterpellation, fportal):
    """A case of each registered type the office attaches files to."""
    from tests.letters.conftest import make_incoming
    from tests.letters.conftest import make_reply

    if request.param == "Interpellation":
        return finterpellation("forwarded")
    letter = make_incoming(fportal["kancelaria"]["korespondencja"], "assigned")
    obj = letter if request.param == "IncomingLetter" else make_reply(letter)
    transaction.commit()
    return obj


def test_attachment_of_refused_type(client, item):
    response = client("clerk").post(item.absolute_url(), file_body("wirus.exe", b"MZ..."))
    assert refused_field(response) == "file"
    response = client("clerk").post(item.absolute_url(), file_body("bez-rozszerzenia", b"%PDF"))
    assert refused_field(response) == "file"
    transaction.begin()
    assert item.objectIds() == []


def test_attachment_too_large(client, item, set_limit):
    set_limit("max_attachment_mb", 1)
    response = client("clerk").post(item.absolute_url(), file_body("skan.pdf", b"%" * (MB + 1)))
    assert refused_field(response) == "file"
    transaction.begin()
    assert item.objectIds() == []
    ok = client("clerk").post(
        item.absolute_url(), file_body("skan.pdf", b"%PDF-1.4" + b"x" * (MB // 2))
    )
    assert ok.status_code == 201, ok.text


def test_attachment_types_setting(client, item, set_limit):
    set_limit("attachment_types", ["pdf"])
    assert (
        refused_field(client("clerk").post(item.absolute_url(), file_body("a.docx", b"PK")))
        == "file"
    )
    assert client("clerk").post(item.absolute_url(), file_body("a.PDF", b"%PDF")).status_code == 201


def test_attachment_title_limited_too(client, item):
    body = file_body("skan.pdf", b"%PDF", title="T" * 301)
    assert refused_field(client("clerk").post(item.absolute_url(), body)) == "title"


def test_files_outside_cases_are_not_limited(client, fportal):
    """The limits are the case core's: a File elsewhere on the site keeps Plone's rules."""
    response = client("admin").post(fportal.absolute_url(), file_body("program.exe", b"MZ"))
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("value", [[], {"data": ["x"]}])
def test_rich_text_that_is_no_text(client, finterpellation, value):
    obj = finterpellation("forwarded")
    assert refused_field(client("clerk").patch(obj.absolute_url(), {"text": value})) == "text"
    assert "Treść" in client("clerk").get(obj.absolute_url()).json()["text"]["data"]
