"""The whole path over REST and the real SMTP sink: the clerk reviews, the mayor grants or
refuses with a justification (the decision letter as PDF in the e-mail), the organiser's
report link works once, the office settles; who may do each step."""

from .conftest import application
from email.header import decode_header
from email.header import make_header
from kancelaria.patronage import reportlink
from plone import api
from pypdf import PdfReader

import io
import pytest
import re
import transaction


def find(signature):
    transaction.begin()
    brain = api.content.find(portal_type="Patronage", signature=signature, unrestricted=True)[0]
    return brain._unrestrictedGetObject()


def apply_for(client, **fields):
    response = client().post("patronaty/@apply", json=application(**fields))
    assert response.status_code == 201, response.text
    return find(response.json()["signature"])


def mails_to(smtp, address):
    return [m["message"] for m in smtp if address in m["to"]]


def text_of(message):
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return part.get_payload(decode=True).decode("utf-8")


def pdf_of(message):
    part = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
    reader = PdfReader(io.BytesIO(part.get_payload(decode=True)))
    text = " ".join(page.extract_text() for page in reader.pages)
    return part.get_filename(), " ".join(text.split())


def test_granted_with_the_letter_and_a_report_link_that_works_once(client, fportal, smtp, polish):
    obj = apply_for(client)
    url = obj.absolute_url()
    clerk, mayor = client("clerk"), client("mayor")
    # Only the mayor's group decides, and only once the office has reviewed it.
    assert clerk.post(f"{url}/@workflow/grant", json={"comment": "x"}).status_code == 403
    assert mayor.post(f"{url}/@workflow/review").status_code == 403
    assert clerk.post(f"{url}/@workflow/review").status_code == 200
    assert clerk.post(f"{url}/@workflow/grant", json={"comment": "x"}).status_code == 403
    # No justification: 400 naming it, nothing changes.
    refused = mayor.post(f"{url}/@workflow/grant", json={})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "justification"
    assert find(obj.signature).justification is None
    smtp.clear()
    granted = mayor.post(
        f"{url}/@workflow/grant", json={"comment": "Wydarzenie promuje aktywność mieszkańców."}
    )
    assert granted.status_code == 200, granted.text
    obj = find(obj.signature)
    assert api.content.get_state(obj) == "granted"
    assert obj.report_due is not None and obj.deadline == obj.report_due
    [message] = mails_to(smtp, "zofia.prywatna@example.org")
    assert str(make_header(decode_header(message["Subject"]))).endswith("wniosek uwzględniony")
    filename, letter = pdf_of(message)
    assert filename == f"{obj.signature}.pdf"
    assert "obejmuje honorowym patronatem" in letter
    assert "Bieg Uliczny Świętochłowic" in letter
    assert "Wydarzenie promuje aktywność mieszkańców." in letter
    link = re.search(r"https?://\S+@@sprawozdanie\?token=\S+", text_of(message)).group(0)
    # The token is kept hashed only: not in the object's fields, REST or the catalog.
    token = link.rpartition("token=")[2]
    assert token not in str(obj.__dict__)
    assert token not in clerk.get(url).text
    # Settling before the report: 400 naming the report.
    early = clerk.post(f"{url}/@workflow/settle")
    assert early.status_code == 400 and early.json()["error"]["field"] == "report_text"
    anonymous = client()
    anonymous.session.headers["Accept"] = "text/html"
    page = anonymous.get(link)
    assert page.status_code == 200 and "Sprawozdanie po wydarzeniu" in page.text
    authenticator = re.search(r'name="_authenticator"\s+value="([^"]+)"', page.text).group(1)
    # Another application's link or a forged token does not open it.
    assert anonymous.get(f"{url}/@@sprawozdanie?token=zly-token").status_code == 404
    sent = anonymous.post(
        f"{url}/@@sprawozdanie",
        data={
            "token": token,
            "_authenticator": authenticator,
            "report_text": "Bieg się odbył, 280 uczestników.",
        },
        files={"files": ("meta.jpg", b"\xff\xd8\xff jpeg", "image/jpeg")},
    )
    assert sent.status_code == 200, sent.text
    assert "Dziękujemy" in sent.text
    obj = find(obj.signature)
    assert obj.report_text == "Bieg się odbył, 280 uczestników."
    assert "meta.jpg" in [f.file.filename for f in obj.objectValues()]
    again = anonymous.get(link)
    assert again.status_code == 410 and "zostało już wysłane" in again.text
    again = anonymous.post(
        f"{url}/@@sprawozdanie",
        data={"token": token, "_authenticator": authenticator, "report_text": "Jeszcze raz"},
    )
    assert again.status_code == 410
    assert find(obj.signature).report_text == "Bieg się odbył, 280 uczestników."
    assert clerk.post(f"{url}/@workflow/settle").status_code == 200
    assert api.content.get_state(find(obj.signature)) == "settled"


def test_refused_is_final_with_the_letter(client, fportal, smtp, polish):
    obj = apply_for(
        client, request_kind="title", title="Honorowe obywatelstwo dla Jana Kowalskiego"
    )
    url = obj.absolute_url()
    assert client("clerk").post(f"{url}/@workflow/review").status_code == 200
    smtp.clear()
    answer = client("mayor").post(
        f"{url}/@workflow/refuse", json={"comment": "Kandydat nie spełnia warunków uchwały."}
    )
    assert answer.status_code == 200, answer.text
    [message] = mails_to(smtp, "zofia.prywatna@example.org")
    _filename, letter = pdf_of(message)
    assert "nie został uwzględniony" in letter and "Decyzja jest ostateczna" in letter
    assert "sprawozdanie" not in text_of(message)
    for transition in ("grant", "review", "settle", "refuse"):
        response = client("mayor").post(f"{url}/@workflow/{transition}", json={"comment": "x"})
        assert response.status_code in (400, 403)
    assert api.content.get_state(find(obj.signature)) == "refused"
    assert find(obj.signature).request_kind == "title"


@pytest.mark.parametrize("user", [None, "outsider", "woik", "press"])
def test_others_make_no_step(client, fpatronage, user):
    obj = fpatronage("submitted")
    url = obj.absolute_url()
    for transition in ("review", "grant", "refuse"):
        assert client(user).post(f"{url}/@workflow/{transition}").status_code in (401, 403)


def test_the_link_belongs_to_one_application(fportal, fpatronage):
    first, second = fpatronage("granted"), fpatronage("granted", title="Festyn rodzinny")
    link = reportlink.new_link(first)
    token = link.rpartition("token=")[2]
    assert reportlink.status(first, token) == "valid"
    assert reportlink.status(second, token) == "invalid"
    reportlink.use(first)
    assert reportlink.status(first, token) == "used"
