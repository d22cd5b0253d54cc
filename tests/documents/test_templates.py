"""The occasional letters' templates: data the office edits, filled in for each letter.

Decided (``documents.templates``): a placeholder outside the known ones is refused, when the
office saves the template (400 naming ``letter_templates``, nothing written) and when a
template stored some other way is filled; a known placeholder without a value in this letter
stays visible, for the clerk to complete."""

from kancelaria import settings
from kancelaria.case.errors import CaseInputError
from kancelaria.documents import templates
from plone import api

import pytest
import transaction

PANEL = "@controlpanels/kancelaria"
VALUES = {
    "recipient": "Klub Sportowy „Śląsk” & Synowie",
    "date": "27 listopada 2026 r.",
    "their_date": "12 listopada 2026 r.",
    "their_reference": "ZS.123.2026",
}


def test_every_kind_has_a_polish_default(integration):
    rows = api.portal.get_registry_record("kancelaria.letter_templates")
    assert [row["kind"] for row in rows] == list(settings.LETTER_KINDS)
    assert settings.template_errors(rows) == []
    assert all(row["subject"] and row["body"] for row in rows)
    assert any("Szanowni Państwo" in row["body"] for row in rows)


def test_fill_replaces_and_escapes(integration):
    filled = templates.fill("congratulations", VALUES)
    assert filled.subject == "Gratulacje – Klub Sportowy „Śląsk” & Synowie"
    # The body is rich text: paragraphs, the value escaped.
    assert filled.body_html.startswith("<p>Szanowni Państwo,</p>")
    assert filled.body_html.count("<p>") == 4


def test_fill_reply_uses_the_letter_replied_to(integration):
    filled = templates.fill("reply", VALUES)
    assert "z dnia 12 listopada 2026 r. (znak: ZS.123.2026)" in filled.body_html


def test_known_placeholder_without_value_stays_visible(integration):
    filled = templates.fill("reply", {"recipient": "Jan Nowak"})
    assert "${their_date}" in filled.body_html and "${their_reference}" in filled.body_html


def test_value_is_escaped_in_the_body(integration):
    api.portal.set_registry_record(
        "kancelaria.letter_templates",
        [
            {
                "kind": "thanks",
                "subject": "Dla ${recipient}",
                "body": "Dziękujemy ${recipient}!\nDruga linia\n\n\nNowy akapit",
            }
        ],
    )
    filled = templates.fill("thanks", {"recipient": "<script>alert(1)</script>"})
    assert "<script>" not in filled.body_html
    assert "&lt;script&gt;" in filled.body_html
    assert filled.body_html == (
        "<p>Dziękujemy &lt;script&gt;alert(1)&lt;/script&gt;!<br />Druga linia</p>\n"
        "<p>Nowy akapit</p>"
    )


def test_office_edits_are_used(integration):
    api.portal.set_registry_record(
        "kancelaria.letter_templates",
        [
            {
                "kind": "invitation",
                "subject": "Zaproszenie na Dni Miasta",
                "body": "Zapraszamy ${recipient}.",
            }
        ],
    )
    filled = templates.fill("invitation", {"recipient": "Pana Prezesa"})
    assert filled.subject == "Zaproszenie na Dni Miasta"
    assert filled.body_html == "<p>Zapraszamy Pana Prezesa.</p>"


def test_unknown_placeholder_stored_anyway_is_refused(integration):
    api.portal.set_registry_record(
        "kancelaria.letter_templates",
        [{"kind": "thanks", "subject": "Podziękowanie", "body": "Dziękujemy za ${wydarzenie}."}],
    )
    with pytest.raises(CaseInputError) as raised:
        templates.fill("thanks", VALUES)
    assert raised.value.field == "letter_templates"
    assert "${wydarzenie}" in str(raised.value)


def test_kind_without_template(integration):
    api.portal.set_registry_record("kancelaria.letter_templates", [])
    with pytest.raises(CaseInputError) as raised:
        templates.fill("condolences", VALUES)
    assert raised.value.field == "kind"


# The control panel over REST: the table is edited and checked.


def test_rest_reads_the_templates(client):
    data = client("admin").get(PANEL).json()["data"]
    assert {row["kind"] for row in data["letter_templates"]} == set(settings.LETTER_KINDS)
    assert data["letter_place"] == "Świętochłowice"


def test_rest_saves_a_template(client, fportal):
    rows = [{"kind": "thanks", "subject": "Podziękowanie dla ${recipient}", "body": "Dziękuję."}]
    response = client("admin").patch(PANEL, {"letter_templates": rows})
    assert response.status_code == 204, response.text
    transaction.begin()
    assert templates.fill("thanks", {"recipient": "OSP"}).subject == "Podziękowanie dla OSP"


@pytest.mark.parametrize(
    "rows,needles",
    [
        (
            [{"kind": "thanks", "subject": "x", "body": "Za ${wydarzenie}"}],
            ("${wydarzenie}", "thanks"),
        ),
        ([{"kind": "thanks", "subject": "Dla ${adresat}", "body": ""}], ("${adresat}",)),
        ([{"kind": "birthday", "subject": "x", "body": "y"}], ("birthday",)),
        (
            [
                {"kind": "thanks", "subject": "a", "body": "b"},
                {"kind": "thanks", "subject": "c", "body": "d"},
            ],
            ("thanks",),
        ),
        ("nie lista", ("letter_templates",)),
        (["nie wiersz"], ("letter_templates",)),
    ],
)
def test_rest_refuses_bad_templates(client, rows, needles):
    before = client("admin").get(PANEL).json()["data"]["letter_templates"]
    response = client("admin").patch(PANEL, {"letter_templates": rows})
    assert response.status_code == 400, response.text
    message = response.json()["message"] if "message" in response.json() else response.text
    for needle in needles:
        assert needle in response.text, (needle, message)
    assert client("admin").get(PANEL).json()["data"]["letter_templates"] == before


def test_rest_error_says_what_and_where(client):
    rows = [{"kind": "thanks", "subject": "x", "body": "Za ${wydarzenie}"}]
    response = client("admin").patch(PANEL, {"letter_templates": rows})
    assert response.status_code == 400
    assert "Letter templates: the template 'thanks' uses ${wydarzenie}" in response.text
    assert "${recipient}" in response.text  # and what it may use instead


def test_control_panel_form_has_the_table(client):
    """The Classic UI form: the templates as a table of rows, the text in a text area."""
    session = client("admin")
    page = session.session.get(session.url(PANEL.replace("@controlpanels/", "@@") + "-settings"))
    assert page.status_code == 200
    assert "form-widgets-letter_templates" in page.text
    assert "<textarea" in page.text and "Szanowni Państwo" in page.text
    assert "form-widgets-letter_place" in page.text
