"""``POST /kancelaria/korespondencja/@eml`` on the real server, and the register's drop
zone: the e-mail becomes a registered case with its files, in one transaction; who may,
and what a refusal leaves (nothing).

Until the ``IncomingLetter`` type exists the register's e-mail type is the test case type
(``from_email=True``), which has the case core but none of the letter's own fields."""

from kancelaria.case import numbering
from pathlib import Path
from plone import api

import pytest
import transaction
import uuid

FIXTURES = Path(__file__).parent / "eml"
URL = "kancelaria/korespondencja/@eml"
RFC822 = {"Content-Type": "message/rfc822"}


def fixture(name):
    return (FIXTURES / name).read_bytes()


def another(data):
    """The same e-mail with a Message-ID of its own (the same one is registered once)."""
    old = b"<4b6f2c1e-8f0e-4c7a-9d5e-2a1b3c4d5e6f@poczta.onet.pl>"
    assert old in data
    return data.replace(old, f"<{uuid.uuid4()}@poczta.onet.pl>".encode())


def post_raw(client, user, data, headers=RFC822):
    return client(user).post(URL, data=data, headers=headers)


def number(signature):
    return numbering.parse_signature(signature)[2]


def items(client, url):
    """(title, download URL) of the files inside the case at ``url``, as the clerk sees."""
    found = client("clerk").get(url).json()["items"]
    return [(item["title"], item["@id"] + "/@@download/file") for item in found]


def register_size(client):
    return client("clerk").get("kancelaria/korespondencja").json()["items_total"]


def test_raw_thunderbird_email_becomes_a_registered_case(client):
    data = fixture("thunderbird.eml")
    response = post_raw(client, "clerk", data)
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["signature"].startswith("KPM.") and answer["signature"].endswith(".2026")
    assert "incoming_number" in answer  # the incoming letter's; the test type has none
    assert answer["files"] == ["oryginal.eml", "zdjęcie latarni łódź.pdf"]
    assert answer["skipped"] == []
    assert response.headers["Location"] == answer["@id"]
    case = client("clerk").get(answer["@id"]).json()
    assert case["title"] == (
        "Wniosek o naprawę oświetlenia ulicznego przy ul. Polnej w Świętochłowicach"
    )
    # The day the office's server received it, not the day of registration.
    assert case["received_date"] == "2026-11-24"
    files = items(client, answer["@id"])
    assert [title for title, _ in files] == answer["files"]
    original = client("clerk").get(files[0][1])
    assert original.content == data  # the original, byte for byte
    assert client("clerk").get(files[1][1]).content.startswith(b"%PDF-1.4")


def test_multipart_upload_of_a_gmail_email(client):
    data = fixture("gmail.eml")
    response = client("clerk").post(URL, files={"file": ("wiadomosc.eml", data, "message/rfc822")})
    assert response.status_code == 201, response.text
    assert response.json()["files"] == [
        "oryginal.eml",
        "logo.png",
        "Wniosek o patronat – Bieg Niepodległości.docx",
        "skan.pdf",
        "SKAN-2.pdf",
    ]


def test_an_attachment_of_a_refused_type_stays_in_the_original(client):
    response = post_raw(client, "clerk", fixture("outlook.eml"))
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["files"] == [
        "oryginal.eml",
        "image001.png",
        "Hala sportowa - harmonogram odbiorów.eml",
    ]
    [skipped] = answer["skipped"]
    assert skipped["filename"] == "image002.gif" and "image002.gif" in skipped["reason"]


@pytest.mark.parametrize(
    "data, headers",
    [
        (b"", RFC822),
        (b"To nie jest e-mail.\n", RFC822),
        (b"\x00\xff" * 500, RFC822),
        (b"From: jan@example.org\r\nSubject: x\r\n", RFC822),
        (b'{"file": "x"}', {"Content-Type": "application/json"}),
        (b"file=x", {"Content-Type": "application/x-www-form-urlencoded"}),
    ],
)
def test_bad_input_is_a_400_naming_file_and_writes_nothing(client, data, headers):
    before = register_size(client)
    first = post_raw(client, "clerk", fixture("thunderbird.eml")).json()["signature"]
    response = post_raw(client, "clerk", data, headers)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == "file" and error["message"].startswith("file: ")
    after = post_raw(client, "clerk", another(fixture("thunderbird.eml"))).json()["signature"]
    # The refused request took no number and left no case.
    assert number(after) == number(first) + 1
    assert register_size(client) == before + 2


def test_the_same_email_is_registered_once(client, fportal):
    api.portal.set_registry_record("plone.default_language", "pl")
    transaction.commit()
    data = fixture("thunderbird.eml")
    first = post_raw(client, "clerk", data).json()
    again = post_raw(client, "clerk", data)
    assert again.status_code == 400
    error = again.json()["error"]
    assert error["field"] == "file"
    assert f"jest już zarejestrowany jako {first['signature']}" in error["message"]
    # Another e-mail, or the same once its case is deleted, is registered.
    assert post_raw(client, "clerk", another(data)).status_code == 201
    assert client("admin").session.delete(first["@id"]).status_code == 204
    assert post_raw(client, "clerk", data).status_code == 201


def test_a_register_that_takes_no_email(client):
    response = client("clerk").post("interpelacje/@eml", data=b"x", headers=RFC822)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "file"


@pytest.mark.parametrize("user", [None, "outsider", "woik", "press", "mayor"])
def test_who_may_not_register_gets_401_or_403_and_nothing_is_written(client, user):
    before = register_size(client)
    response = post_raw(client, user, fixture("thunderbird.eml"))
    assert response.status_code in (401, 403), response.text
    assert register_size(client) == before


def test_the_drop_zone_is_on_the_register_page_for_who_may_register(client):
    html = {"Accept": "text/html"}
    page = client("clerk").get("kancelaria/korespondencja", headers=html).text
    assert 'action="http' in page and "/kancelaria/korespondencja/@@eml-upload" in page
    assert 'name="_authenticator"' in page and 'accept=".eml,message/rfc822"' in page
    # A department opens the register (its routed cases) but registers nothing.
    woik = client("woik").get("kancelaria/korespondencja", headers=html)
    assert woik.status_code == 200 and "@@eml-upload" not in woik.text
    # A register whose types take no e-mail has none.
    assert "@@eml-upload" not in client("clerk").get("interpelacje", headers=html).text
