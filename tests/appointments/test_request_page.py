"""The request's page for the secretariat: what the resident wrote, “Umów spotkanie” and
“Odmów” while it waits, the note to phone a resident who gave no e-mail; the refusal form
with its reason; the mayor's group reads it without the actions."""

from .conftest import RESIDENT_EMAIL
from plone import api

import re
import transaction


def html_client(client, user):
    c = client(user)
    c.session.headers["Accept"] = "text/html"
    return c


def test_the_secretariat_sees_the_request_and_its_actions(client, frequest, polish):
    obj = frequest()
    page = html_client(client, "clerk").get(obj.absolute_url())
    assert page.status_code == 200
    assert "Ewa Mieszkanka" in page.text and RESIDENT_EMAIL in page.text
    assert "Oczekuje na odpowiedź" in page.text
    assert "/@@schedule-request" in page.text and "/@@refuse-request" in page.text
    assert "zadzwonić" not in page.text
    mayor = html_client(client, "mayor").get(obj.absolute_url())
    assert mayor.status_code == 200 and "Ewa Mieszkanka" in mayor.text
    assert "/@@schedule-request" not in mayor.text
    assert html_client(client, "mayor").get(f"{obj.absolute_url()}/@@schedule-request").url != (
        f"{obj.absolute_url()}/@@schedule-request"
    )


def test_a_phone_only_request_says_to_phone(client, frequest, polish):
    obj = frequest(email=None)
    page = html_client(client, "clerk").get(obj.absolute_url())
    assert "Prosimy zadzwonić pod numer" in page.text
    assert "+48 600 200 300" in page.text


def test_the_refusal_form(client, frequest, smtp, polish):
    obj = frequest()
    smtp.clear()
    c = html_client(client, "clerk")
    form = c.get(f"{obj.absolute_url()}/@@refuse-request")
    assert form.status_code == 200
    assert "Odmów spotkania" in form.text
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', form.text).group(1)
    empty = c.post(
        f"{obj.absolute_url()}/@@refuse-request",
        data={"_authenticator": token, "form.widgets.comment": "", "form.buttons.save": "1"},
    )
    assert empty.status_code == 200
    assert "Odmów spotkania" in empty.text  # the form again, with the field's error
    assert "invalid-feedback" in empty.text or "field error" in empty.text
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(obj) == "submitted"
    answer = c.post(
        f"{obj.absolute_url()}/@@refuse-request",
        data={
            "_authenticator": token,
            "form.widgets.comment": "Prezydent nie przyjmuje w sprawach wydziałów.",
            "form.buttons.save": "1",
        },
    )
    assert answer.status_code == 200
    assert answer.url == obj.absolute_url()
    assert "Odmówiono" in answer.text
    assert "Prezydent nie przyjmuje w sprawach wydziałów." in answer.text
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(obj) == "refused"
    assert [m["to"] for m in smtp] == [[RESIDENT_EMAIL]]


def test_a_request_whose_official_left_the_list_still_opens(client, frequest, polish):
    obj = frequest(official="zastepca-2")
    api.portal.set_registry_record(
        "kancelaria.calendar.officials",
        [{"id": "prezydent", "fullname": "Prezydent Miasta", "function": "Prezydent Miasta"}],
    )
    transaction.commit()
    rest = client("clerk").get(obj.absolute_url())
    assert rest.status_code == 200, rest.text
    page = html_client(client, "clerk").get(obj.absolute_url())
    assert page.status_code == 200
    assert "zastepca-2" in page.text
    form = html_client(client, "clerk").get(f"{obj.absolute_url()}/@@schedule-request")
    assert form.status_code == 200
