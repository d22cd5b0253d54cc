"""A new outgoing letter without a text starts from the office's template of its kind."""

from datetime import date
from kancelaria import formats
from kancelaria.content.reply import create_reply
from plone import api
from tests.letters.conftest import make_incoming

import pytest

RECIPIENT = {"name": "Pani Zofia Łęcka", "organisation": "", "address": "", "email": ""}


@pytest.fixture
def register(portal):
    api.portal.set_registry_record("plone.default_language", "pl")
    return portal["kancelaria"]["korespondencja"]


def new_letter(register, **fields):
    fields.setdefault("recipients", [RECIPIENT])
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=register, type="OutgoingLetter", title="Gratulacje", **fields
        )


def test_an_occasional_letter_starts_from_its_template(register):
    letter = new_letter(register, kind="congratulations", signatory="prezydent")
    body = letter.body.raw
    assert "serdeczne gratulacje" in body
    assert "${" not in body  # nothing of the congratulations template is left unfilled


def test_the_office_edits_the_template(register):
    rows = api.portal.get_registry_record("kancelaria.letter_templates")
    changed = [
        {**row, "body": "Drogi ${recipient},\n\ndziękuję. ${place}, ${date}"}
        if row["kind"] == "thanks"
        else row
        for row in rows
    ]
    api.portal.set_registry_record("kancelaria.letter_templates", changed)
    letter = new_letter(register, kind="thanks")
    assert "Drogi Pani Zofia Łęcka," in letter.body.raw
    assert "Świętochłowice" in letter.body.raw


def test_a_reply_starts_from_the_reply_template(register):
    incoming = make_incoming(
        register, "assigned", letter_date=date(2026, 11, 12), sender_reference="ZS/45/2026"
    )
    with api.env.adopt_roles(["Manager"]):
        reply = create_reply(incoming)
    body = reply.body.raw
    assert f"z dnia {formats.long_date(date(2026, 11, 12), 'pl')}" in body
    assert "(znak: ZS/45/2026)" in body


def test_a_given_text_is_kept(register):
    letter = new_letter(register, kind="congratulations", body="<p>Własny tekst.</p>")
    assert getattr(letter.body, "raw", letter.body) == "<p>Własny tekst.</p>"
