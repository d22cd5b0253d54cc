"""``@@pdf``, ``@@docx`` and ``@@receipt`` over a real server: media types, file names, and
who gets them, role × state.

An interpellation's answer is the mayor's letter to the councillor: its PDF follows the
answer's visibility (tests/interpellations/test_matrix.py). The letter types to come are
proven on the test case type, which testing.zcml wires as both an outgoing letter (``@@pdf``,
``@@docx``) and an incoming one (``@@receipt``)."""

from datetime import date
from io import BytesIO
from kancelaria.case import statuscheck
from kancelaria.documents.views import DOCX
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.documents.conftest import pdf_text

import docx
import pytest
import transaction

STATES = ("registered", "forwarded", "answer_review", "answered", "withdrawn")
ROUTED = {"forwarded", "answer_review", "answered", "withdrawn"}

#: user → the states in which the answer's PDF is theirs (as the answer itself).
EXPECTED = {
    None: {"answered"},
    "outsider": {"answered"},
    "press": {"answered"},
    "wksp": {"answered"},
    "woik": ROUTED,
    "clerk": set(STATES),
    "mayor": set(STATES),
}


@pytest.fixture(autouse=True)
def polish_site(fportal):
    """The office's site speaks Polish (``make site``), and so do its documents."""
    api.portal.set_registry_record("plone.default_language", "pl")
    transaction.commit()


@pytest.fixture
def items(finterpellation):
    return {
        state: finterpellation(state, title=f"Sprawa {state}", answer=f"<p>Odpowiedz-{state}</p>")
        for state in STATES
    }


@pytest.mark.parametrize("user", list(EXPECTED))
def test_answer_pdf_by_role_and_state(client, items, user):
    session = client(user)
    for state, obj in items.items():
        for view in ("pdf", "docx"):
            response = session.get(f"{obj.absolute_url()}/@@{view}", allow_redirects=False)
            allowed = state in EXPECTED[user]
            if allowed:
                assert response.status_code == 200, (user, state, view)
                if view == "pdf":
                    assert f"Odpowiedz-{state}" in pdf_text(response.content), (user, state)
                else:
                    text = "\n".join(
                        p.text for p in docx.Document(BytesIO(response.content)).paragraphs
                    )
                    assert f"Odpowiedz-{state}" in text, (user, state)
            else:
                # Never the draft: a refusal (401/403 or the login page), no document.
                assert response.status_code in (302, 401, 403), (
                    user,
                    state,
                    view,
                    response.status_code,
                )
                assert b"%PDF" not in response.content
                assert f"Odpowiedz-{state}".encode() not in response.content


def test_answer_pdf_is_the_mayors_letter(client, finterpellation):
    obj = finterpellation(
        "answered", title="Oświetlenie ulicy Żwirki", answer="<p>Lampy staną <b>wiosną</b>.</p>"
    )
    response = client("clerk").get(f"{obj.absolute_url()}/@@pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == f'inline; filename="{obj.signature}.pdf"'
    assert {"private", "no-store"} <= set(
        response.headers["Cache-Control"].replace(" ", "").split(",")
    )
    text = pdf_text(response.content)
    assert f"Znak sprawy: {obj.signature}" in text
    assert "Jan Nowak" in text  # the councillor, from the settings
    assert "Dotyczy: Odpowiedź na interpelację: Oświetlenie ulicy Żwirki" in text
    assert "Lampy staną wiosną." in text
    assert "Prezydent Miasta" in text  # the mayor's function (the settings' signatories)
    assert "Urząd Miejski w Świętochłowicach" in text and "ul. Katowicka 54" in text


def test_answer_docx(client, finterpellation):
    obj = finterpellation("answered", answer="<p>Treść <i>odpowiedzi</i>.</p>")
    response = client("clerk").get(f"{obj.absolute_url()}/@@docx")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == DOCX
    assert response.headers["Content-Disposition"] == f'attachment; filename="{obj.signature}.docx"'
    document = docx.Document(BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    assert "Treść odpowiedzi." in texts
    assert f"Znak sprawy: {obj.signature}" in texts


def test_no_answer_nothing_to_print(client, finterpellation):
    obj = finterpellation("forwarded")
    for view in ("pdf", "docx"):
        response = client("clerk").get(f"{obj.absolute_url()}/@@{view}")
        assert response.status_code == 404
        assert b"%PDF" not in response.content


def test_signatory_from_settings(client, finterpellation, fportal):
    mayor = {"id": "prezydent", "fullname": "Daniel Beger", "function": "Prezydent Miasta"}
    api.portal.set_registry_record("kancelaria.signatories", [mayor])
    api.portal.set_registry_record("kancelaria.letter_place", "Chorzów")
    transaction.commit()
    obj = finterpellation("answered", answer="<p>Odpowiedź.</p>")
    text = pdf_text(client("mayor").get(f"{obj.absolute_url()}/@@pdf").content)
    assert "Daniel Beger" in text and "Prezydent Miasta" in text
    assert f"Chorzów, {obj.answer_date.day} " in text


# The letter types to come, on the test case type.


def rich(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


@pytest.fixture
def letter_case(fcase, fportal):
    incoming = fcase("Zaproszenie na jubileusz")
    incoming.letter_date = date(2026, 11, 12)
    incoming.sender_reference = "ZS/45/2026"
    outgoing = fcase("Podziękowanie za zaproszenie")
    outgoing.recipients = [
        {
            "name": "Pani Małgorzata Żurek",
            "organisation": "Stowarzyszenie „Ślązaczka”",
            "address": "ul. Wąska 3\n41-600 Świętochłowice",
            "email": "",
        },
        {"name": "Zarząd Dzielnicy Lipiny", "organisation": "", "address": "", "email": ""},
    ]
    outgoing.body = rich("<p>Dziękuję za <strong>zaproszenie</strong>.</p>")
    outgoing.signatory = "zastepca"  # a row of the settings' signatories
    outgoing.sent_date = date(2026, 12, 1)
    outgoing.in_reply_to = incoming.UID()
    transaction.commit()
    return outgoing


def test_outgoing_letter_pdf(client, letter_case):
    response = client("clerk").get(f"{letter_case.absolute_url()}/@@pdf")
    assert response.status_code == 200
    assert (
        response.headers["Content-Disposition"] == f'inline; filename="{letter_case.signature}.pdf"'
    )
    text = pdf_text(response.content)
    assert "Świętochłowice, 1 grudnia 2026 r." in text
    assert "Pani Małgorzata Żurek" in text and "Stowarzyszenie „Ślązaczka”" in text
    assert "Zarząd Dzielnicy Lipiny" in text
    assert "Pismo z dnia 12 listopada 2026 r., znak: ZS/45/2026" in text
    assert "Dotyczy: Podziękowanie za zaproszenie" in text
    assert "Dziękuję za zaproszenie." in text
    assert "Zastępca Prezydenta Miasta" in text


def test_outgoing_letter_docx(client, letter_case):
    response = client("clerk").get(f"{letter_case.absolute_url()}/@@docx")
    assert response.status_code == 200
    texts = [p.text for p in docx.Document(BytesIO(response.content)).paragraphs]
    assert "Pani Małgorzata Żurek" in texts
    assert "Pismo z dnia 12 listopada 2026 r., znak: ZS/45/2026" in texts


def test_outgoing_letter_follows_view(client, letter_case):
    """A case in the internal register: a department it is not routed to gets nothing."""
    for user in (None, "outsider", "woik"):
        response = client(user).get(f"{letter_case.absolute_url()}/@@pdf", allow_redirects=False)
        assert response.status_code in (302, 401, 403), user
        assert b"%PDF" not in response.content


@pytest.fixture
def incoming_case(fcase):
    obj = fcase("Wniosek o ławkę w parku")
    obj.incoming_number = "RPW/17/2026"
    obj.sender_name = "Zofia Łęcka"
    obj.sender_address = "ul. Ślęzańska 3\n41-600 Świętochłowice"
    transaction.commit()
    return obj


def test_receipt(client, incoming_case):
    response = client("clerk").get(f"{incoming_case.absolute_url()}/@@receipt")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    name = f"potwierdzenie-wplywu-{incoming_case.signature}.pdf"
    assert response.headers["Content-Disposition"] == f'inline; filename="{name}"'
    assert {"private", "no-store"} <= set(
        response.headers["Cache-Control"].replace(" ", "").split(",")
    )
    text = pdf_text(response.content)
    assert "Potwierdzenie wpływu" in text
    assert incoming_case.signature in text
    assert "RPW/17/2026" in text
    assert incoming_case.received_date.strftime("%d.%m.%Y") in text
    assert "Zofia Łęcka" in text
    assert "Wniosek o ławkę w parku" in text
    code = statuscheck.stored_code(incoming_case)  # given at registration
    assert code and f"Kod dostępu: {code}" in text
    assert "/sprawdz-sprawe" in text


@pytest.mark.parametrize("user", [None, "outsider", "press", "woik", "wksp", "mayor"])
def test_receipt_is_the_offices(client, incoming_case, user):
    """The access code is the resident's: only the office prints the receipt."""
    response = client(user).get(f"{incoming_case.absolute_url()}/@@receipt", allow_redirects=False)
    assert response.status_code in (302, 401, 403), (user, response.status_code)
    assert b"K7Q2-9XPA" not in response.content and b"%PDF" not in response.content


def test_receipt_for_a_routed_department_still_refused(client, incoming_case):
    from kancelaria.case import routing

    with api.env.adopt_roles(["Manager"]):
        routing.route(incoming_case, ["WOIK"], "Do załatwienia")
    transaction.commit()
    assert client("woik").get(incoming_case.absolute_url()).status_code == 200  # sees the case
    response = client("woik").get(
        f"{incoming_case.absolute_url()}/@@receipt", allow_redirects=False
    )
    assert response.status_code in (302, 401, 403)
