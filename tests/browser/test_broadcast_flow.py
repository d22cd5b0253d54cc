"""A TV or radio programme in Chromium, through the Polish site.

The press office records a programme it produced in the Classic UI form (programme,
broadcaster, medium, the date and time it aired, a link to the recording), publishes it,
and an anonymous visitor finds it on ``/media`` among the aired programmes, filtered to
radio, and opens its page with the link to the recording. The pages pass axe-core.
"""

from .axe import blocking_violations
from .helpers import login
from .helpers import shot
from playwright.sync_api import expect
from tests.browser.test_interpellation_flow import state_menu
from tests.conftest import Client

import pytest

NAME = "broadcast"


TITLE = "Rozmowa z Prezydentem o budżecie obywatelskim"
LINK = "https://radio.example.pl/audycje/rozmowa-z-prezydentem"


@pytest.mark.browser
def test_press_office_records_and_publishes_a_programme_visitor_finds_it(
    site, new_page, portal_url
):
    press = login(new_page(), portal_url, "press")
    press.goto(f"{portal_url}/media/++add++Broadcast")
    expect(press.locator("h1")).to_have_text("Dodaj audycję")
    press.locator("#form-widgets-title").fill(TITLE)
    press.locator("#form-widgets-broadcaster").fill("Radio Katowice")
    press.locator("#form-widgets-medium").select_option("radio")
    # One air date: the list's “Dodaj” brings its date-and-time field.
    press.locator("#form-widgets-air_dates-buttons-add").click()
    press.locator("#form-widgets-air_dates-0").fill("2026-04-14T18:30")
    press.locator("#form-widgets-recording_url").fill("javascript:alert(1)")
    press.locator("#form-buttons-save").click()
    # A link that is not http(s) is refused beside its field; nothing is made.
    expect(press.locator("#formfield-form-widgets-recording_url .invalid-feedback")).to_be_visible()
    made = Client(portal_url, "press").get("media/@media", params={"kind": "broadcast"}).json()
    assert TITLE not in [item["title"] for item in made["items"]]
    press.locator("#form-widgets-recording_url").fill(LINK)
    press.locator("#form-buttons-save").click()
    page = press.locator(".kancelaria-broadcast")
    expect(page).to_contain_text("Radio Katowice")
    expect(page).to_contain_text("14.04.2026 18:30")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text("Prywatny")
    url = press.url.split("?")[0].rstrip("/").removesuffix("/view")
    shot(press, NAME, 1)

    # Not published yet: a visitor neither finds it on /media nor opens it.
    visitor = new_page()
    visitor.goto(f"{portal_url}/media")
    expect(visitor.locator(".kancelaria-media-item", has_text=TITLE)).to_have_count(0)

    state_menu(press, "Opublikuj")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text("Opublikowany")

    visitor.goto(f"{portal_url}/media")
    visitor.locator("#media-medium").select_option("radio")
    visitor.locator(".kancelaria-media-filters button[type=submit]").click()
    item = visitor.locator(".kancelaria-media-item", has_text=TITLE)
    expect(item).to_contain_text("Radio Katowice")
    assert blocking_violations(visitor) == []
    shot(visitor, NAME, 2)
    item.get_by_role("link", name=TITLE).click()
    assert visitor.url.split("?")[0].rstrip("/") == url
    expect(visitor.get_by_role("link", name="Obejrzyj lub posłuchaj")).to_have_attribute(
        "href", LINK
    )
    assert blocking_violations(visitor) == []
    shot(visitor, NAME, 3)
