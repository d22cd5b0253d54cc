"""The text of a PDF attached to a letter is found by the register's ``q`` (and the site's
search), only by those who see the letter; a PDF that cannot be read breaks nothing."""

from .conftest import make_incoming
from kancelaria.letters import pdftext

import base64
import pytest
import transaction
import weasyprint

REGISTER = "kancelaria/korespondencja"
WORD = "Kanalizacyjnego"


def pdf(text):
    return weasyprint.HTML(string=f"<p>{text}</p>").write_pdf()


def file_body(data, filename="skan.pdf"):
    return {
        "@type": "File",
        "title": filename,
        "file": {
            "data": base64.b64encode(data).decode(),
            "encoding": "base64",
            "filename": filename,
            "content-type": "application/pdf",
        },
    }


@pytest.fixture
def letter(fportal):
    obj = make_incoming(
        fportal["kancelaria"]["korespondencja"], "assigned", title="Pismo ze skanem"
    )
    transaction.commit()
    return obj


def found(client, user, q):
    response = client(user).get(f"{REGISTER}/@letters", params={"q": q})
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def test_pdf_text_is_found(client, letter):
    assert found(client, "clerk", WORD) == []
    added = client("woik").post(
        letter.absolute_url(), json=file_body(pdf(f"Remont kolektora {WORD} przy ulicy Polnej"))
    )
    assert added.status_code == 201, added.text
    assert found(client, "clerk", WORD) == ["Pismo ze skanem"]
    # Any Polish form of the word, as every search of the site.
    assert found(client, "woik", "kanalizacyjny kolektor") == ["Pismo ze skanem"]
    assert found(client, "wksp", WORD) == []  # not routed to WKSP: not found
    # The file deleted (an administrator may), its text goes with it.
    removed = client("admin").session.delete(added.json()["@id"], timeout=60)
    assert removed.status_code == 204
    assert found(client, "clerk", WORD) == []


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n%broken beyond repair", b"not a pdf at all", b"%PDF-1.7\n" + b"\x00" * 500],
    ids=["damaged", "no-pdf", "zeros"],
)
def test_unreadable_pdf_breaks_nothing(client, letter, data):
    added = client("clerk").post(letter.absolute_url(), json=file_body(data))
    assert added.status_code == 201, added.text
    assert found(client, "clerk", "skanem") == ["Pismo ze skanem"]


def test_extract_limits():
    assert pdftext.extract(b"") == ""
    assert pdftext.extract(b"%PDF-garbage") == ""
    assert WORD in pdftext.extract(pdf(WORD))
