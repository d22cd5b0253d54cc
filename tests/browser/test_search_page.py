"""A resident types "latarnie" into the site's search box and finds the case about a
"latarnia", with its signature, state and date."""

from playwright.sync_api import expect
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.interpellations.conftest import _make
from tests.interpellations.conftest import html

import pytest
import transaction

TITLE = "Niedziałająca latarnia przy ul. Leśnej w Świętochłowicach"


@pytest.mark.browser
def test_resident_finds_a_case_by_another_word_form(new_page, portal_url, site):
    case = _make(
        site["interpelacje"],
        "forwarded",
        TITLE,
        text=html("<p>Prosimy o naprawę oświetlenia.</p>"),
    )
    transaction.commit()
    page = new_page()
    page.goto(portal_url)
    box = page.locator("#searchGadget")
    box.fill("latarnie swietochlowice")
    box.press("Enter")
    result = page.locator("#search-results li").filter(has_text=TITLE)
    expect(result).to_have_count(1)
    details = result.locator(".kancelaria-result-case")
    expect(details.locator(".kancelaria-signature")).to_have_text(case.signature)
    expect(details.locator(".kancelaria-state")).to_have_text(pl("Forwarded", "plone"))
    expect(details.locator(".kancelaria-received")).to_contain_text(case.received_date.isoformat())
    expect(details).to_contain_text(pl("Received"))
    shot(page, "search", "1-latarnie")
