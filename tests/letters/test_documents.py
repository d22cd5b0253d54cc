"""A letter's documents on the real server: the reply as PDF and DOCX, the incoming
letter's receipt confirmation with its access code, and the case page's links to them for
exactly those who may open them."""

from io import BytesIO
from kancelaria.case import statuscheck
from kancelaria.documents.views import DOCX
from plone import api
from tests.documents.conftest import pdf_text

import docx
import pytest
import re
import transaction


@pytest.fixture(autouse=True)
def polish_site(fportal):
    """The office's site speaks Polish (``make site``), and so do its documents."""
    api.portal.set_registry_record("plone.default_language", "pl")
    transaction.commit()


def document_links(client, user, obj):
    page = client(user).get(obj.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 200, (user, page.status_code)
    return set(re.findall(r'data-document="(\w+)"', page.text))


def test_the_reply_prints_as_the_mayors_letter(client, fincoming, freply):
    letter = fincoming("assigned")
    reply = freply(letter, "signed")
    for user in ("clerk", "mayor", "woik"):
        assert document_links(client, user, reply) == {"pdf", "docx"}, user

    response = client("woik").get(f"{reply.absolute_url()}/@@pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert reply.signature == letter.signature
    assert f"Znak sprawy: {reply.signature}" in text
    assert "Anna Mieszkańska" in text  # the sender, now the recipient
    assert "Urząd jest czynny od 7:30." in text
    assert "Prezydent Miasta" in text  # the signatory's function

    response = client("clerk").get(f"{reply.absolute_url()}/@@docx")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == DOCX
    paragraphs = [p.text for p in docx.Document(BytesIO(response.content)).paragraphs]
    assert "Urząd jest czynny od 7:30." in paragraphs


def test_nobody_else_prints_a_letter(client, fincoming, freply):
    reply = freply(fincoming("assigned"), "draft")
    for user in (None, "outsider", "wksp", "press"):
        response = client(user).get(f"{reply.absolute_url()}/@@pdf", allow_redirects=False)
        assert response.status_code in (302, 401, 403), user
        assert b"%PDF" not in response.content


def test_the_receipt_is_the_offices(client, fincoming):
    letter = fincoming("assigned")
    assert document_links(client, "clerk", letter) == {"receipt"}
    assert document_links(client, "woik", letter) == set()  # routed, but no code for it

    response = client("clerk").get(f"{letter.absolute_url()}/@@receipt")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert letter.incoming_number in text
    assert letter.signature in text
    assert f"Kod dostępu: {statuscheck.stored_code(letter)}" in text

    refused = client("woik").get(f"{letter.absolute_url()}/@@receipt", allow_redirects=False)
    assert refused.status_code in (302, 401, 403)
    assert b"%PDF" not in refused.content
