"""A clerk drops an e-mail (.eml) on the correspondence register: it becomes a registered
case with the original and its attachments; a file that is no e-mail is refused, saying
why, and nothing is registered."""

from pathlib import Path
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest

NAME = "eml"
FIXTURES = Path(__file__).resolve().parents[1] / "letters" / "eml"
SUBJECT = "Wniosek o naprawę oświetlenia ulicznego przy ul. Polnej w Świętochłowicach"

DROP = """(zone, [bytes, name]) => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(bytes)], name, {type: "message/rfc822"}));
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, {dataTransfer: transfer, bubbles: true,
                                           cancelable: true}));
  }
}"""


@pytest.mark.browser
def test_clerk_drops_an_email_on_the_register(new_page, portal_url):
    register = f"{portal_url}/kancelaria/korespondencja"
    page = login(new_page(), portal_url, "clerk")
    page.goto(register)
    zone = page.locator(".kancelaria-eml-zone")
    expect(zone).to_contain_text(pl("eml_drop_title"))
    shot(page, NAME, "1-register")

    # Dropped on the zone (not only on the field): registered at once.
    data = (FIXTURES / "thunderbird.eml").read_bytes()
    zone.evaluate(DROP, [list(data), "x.eml"])
    expect(page.locator(".portalMessage").first).to_contain_text("KPM.")
    expect(page.locator("h1")).to_have_text(SUBJECT)
    assert page.url != register
    expect(page.get_by_text("oryginal.eml").first).to_be_visible()
    expect(page.get_by_text("zdjęcie latarni łódź.pdf").first).to_be_visible()
    shot(page, NAME, "2-registered")

    # Chosen in the field and sent with the button; no e-mail at all: refused, said why.
    page.goto(register)
    page.set_input_files(
        "#kancelaria-eml-file",
        files=[{"name": "skan.eml", "mimeType": "message/rfc822", "buffer": b"%PDF-1.4\n"}],
    )
    page.get_by_role("button", name=pl("eml_drop_button")).click()
    message = page.locator(".portalMessage").filter(has_text="nie jest e-mail")
    expect(message).to_contain_text("E-mail nie został zarejestrowany")
    expect(page).to_have_url(register)
    shot(page, NAME, "3-refused")


@pytest.mark.browser
def test_a_department_sees_no_drop_zone(new_page, portal_url):
    page = login(new_page(), portal_url, "woik")
    page.goto(f"{portal_url}/kancelaria/korespondencja")
    expect(page.locator("#content")).to_be_visible()
    expect(page.locator(".kancelaria-eml-zone")).to_have_count(0)
