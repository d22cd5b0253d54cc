"""The form ``/kontakt/@@umow-spotkanie``, linked from the contact page, as a browser
without JavaScript posts it: the confirmation page on success, each error beside its field
in Polish, what was typed kept, the token required, the honeypot, the limit per address
shared with REST."""

from .conftest import RESIDENT_EMAIL
from .conftest import requests_in
from plone import api

import re
import transaction

FORM = "kontakt/@@umow-spotkanie"


def form_session(client):
    c = client()
    c.session.headers["Accept"] = "text/html"
    page = c.get(FORM)
    assert page.status_code == 200
    token = re.search(r'name="_authenticator"\s+value="([^"]+)"', page.text).group(1)
    return c, token, page


def fields(token, **changes):
    data = {
        "_authenticator": token,
        "name": "Ewa Mieszkanka",
        "email": RESIDENT_EMAIL,
        "phone": "",
        "title": "Remont chodnika na ul. Polnej",
        "preferred_dates": "Poniedziałki po 14:00",
        "official": "prezydent",
        "message": "",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_the_contact_page_links_the_form(client, fportal, polish):
    c = client()
    c.session.headers["Accept"] = "text/html"
    page = c.get("kontakt")
    assert page.status_code == 200
    assert 'href="http' in page.text and "/kontakt/@@umow-spotkanie" in page.text
    assert "Umów spotkanie" in page.text


def test_the_form_shows_the_fields_the_officials_and_the_clause(client, fportal, polish):
    _c, _token, page = form_session(client)
    # A form with a limit per address: never cached, by nobody.
    assert page.headers["X-Cache-Rule"] == "kancelaria.noCache"
    assert "private" in page.headers["Cache-Control"] and "ETag" not in page.headers
    text = page.text
    for label in ("Imię i nazwisko", "Temat spotkania", "Preferowane terminy", "Wiadomość"):
        assert label in text
    assert '<option value="prezydent">Prezydent Miasta' in text
    assert "Administratorem Pani/Pana danych osobowych jest Prezydent Miasta" in text
    assert 'name="consent"' in text and 'name="website"' in text


def test_the_form_files_the_request(client, fportal, polish, smtp):
    c, token, _page = form_session(client)
    answer = c.post(FORM, data=fields(token))
    assert answer.status_code == 200
    assert "Dziękujemy, prośba została wysłana" in answer.text
    assert "Ewa Mieszkanka" not in answer.text
    (obj,) = requests_in(fportal)
    assert obj.official == "prezydent" and obj.email == RESIDENT_EMAIL
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(obj) == "submitted"
    assert [m["to"] for m in smtp] == [[RESIDENT_EMAIL]]


def test_errors_are_shown_beside_the_fields_in_polish(client, fportal, polish, smtp):
    c, token, _page = form_session(client)
    answer = c.post(
        FORM, data=fields(token, title="", email="", phone="", consent=None, official="ktos")
    )
    assert answer.status_code == 400
    text = answer.text
    assert "Prośba nie została wysłana" in text
    assert "podaj temat spotkania" in text
    assert "podaj adres e-mail lub numer telefonu" in text
    assert "tylko za zgodą na przetwarzanie danych osobowych" in text
    assert "wybierz jedną z podanych osób" in text
    assert 'id="request-title-error"' in text and 'id="request-consent-error"' in text
    assert 'aria-invalid="true"' in text
    assert 'value="Ewa Mieszkanka"' in text  # what was typed stays
    assert requests_in(fportal) == []
    assert smtp == []


def test_the_token_and_the_honeypot(client, fportal, polish):
    c, token, _page = form_session(client)
    assert c.post(FORM, data=fields("zly-token")).status_code == 403
    spam = c.post(FORM, data=fields(token, website="http://spam.example"))
    assert spam.status_code == 400
    assert requests_in(fportal) == []


def test_the_page_and_rest_count_together(client, fportal, polish):
    api.portal.set_registry_record("kancelaria.appointments.attempts", 2)
    transaction.commit()
    try:
        c, token, _page = form_session(client)
        assert c.post(FORM, data=fields(token)).status_code == 200
        rest = client().post("kontakt/@appointment-request", json={"title": ""})
        assert rest.status_code == 400
        limited = c.post(FORM, data=fields(token))
        assert limited.status_code == 429
        assert "Zbyt wiele próśb" in limited.text
        assert len(requests_in(fportal)) == 1
    finally:
        api.portal.set_registry_record("kancelaria.appointments.attempts", 5)
        transaction.commit()


def test_the_form_exists_on_the_contact_page_only(client, fportal):
    c = client()
    c.session.headers["Accept"] = "text/html"
    assert c.get("deklaracja-dostepnosci/@@umow-spotkanie").status_code == 404
