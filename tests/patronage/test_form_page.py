"""The form on ``/patronaty`` as a browser without JavaScript posts it: the signature on
success, every error named in Polish on failure, the token required, the honeypot."""

from datetime import timedelta
from kancelaria import clock
from plone import api

import re
import transaction


def form_session(client):
    c = client()
    c.session.headers["Accept"] = "text/html"
    page = c.get("patronaty")
    assert page.status_code == 200
    token = re.search(r'name="_authenticator"\s+value="([^"]+)"', page.text).group(1)
    return c, token


def fields(token, **changes):
    data = {
        "_authenticator": token,
        "title": "Festiwal Orkiestr",
        "request_kind": "committee",
        "event_start": (clock.today() + timedelta(days=40)).isoformat(),
        "organiser_name": "Stowarzyszenie Lira",
        "contact_email": "lira@example.org",
        "organiser_type": "ngo",
        "participants": "500",
        "website": "",
    }
    data.update(changes)
    return data


def applications():
    transaction.begin()
    return len(api.content.find(portal_type="Patronage", unrestricted=True))


def test_the_form_registers_the_application(client, fportal, polish, smtp):
    c, token = form_session(client)
    answer = c.post(
        "patronaty",
        data=fields(token),
        files={"attachments": ("program.pdf", b"%PDF-1.4", "application/pdf")},
    )
    assert answer.status_code == 200
    signature = re.search(r"KPM\.0712\.\d+\.\d{4}", answer.text).group(0)
    assert "zarejestrowany pod znakiem" in answer.text
    transaction.begin()
    obj = api.content.find(portal_type="Patronage", signature=signature, unrestricted=True)[0]
    obj = obj._unrestrictedGetObject()
    assert obj.request_kind == "committee" and obj.participants == 500
    assert [f.file.filename for f in obj.objectValues()] == ["program.pdf"]
    assert [m["to"] for m in smtp] == [["lira@example.org"]]


def test_errors_are_named_and_nothing_is_written(client, fportal, polish):
    c, token = form_session(client)
    answer = c.post(
        "patronaty",
        data=fields(token, title="", contact_email="lira", commercial="on"),
    )
    assert answer.status_code == 400
    assert "Wniosek nie został wysłany" in answer.text
    assert "podaj nazwę wydarzenia" in answer.text
    assert "nie jest adresem e-mail" in answer.text
    assert "wydarzenia komercyjne nie otrzymują patronatu" in answer.text
    assert 'id="patronage-title"' in answer.text and 'aria-invalid="true"' in answer.text
    assert 'value="Stowarzyszenie Lira"' in answer.text  # what was typed stays
    assert applications() == 0


def test_the_token_and_the_honeypot(client, fportal, polish):
    c, token = form_session(client)
    assert c.post("patronaty", data=fields("zly-token")).status_code == 403
    assert c.post("patronaty", data=fields(token, website="http://spam.example")).status_code == 400
    assert applications() == 0
