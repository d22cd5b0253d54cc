"""A clerk routes a case to WOIK; WOIK sees it among the deadlines, WKSP does not."""

from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest

NAME = "route"
COMMENT = "Proszę o przygotowanie odpowiedzi."


@pytest.mark.browser
def test_clerk_routes_case_to_woik(new_page, portal_url, registered_case):
    case_url = registered_case.absolute_url()
    signature = registered_case.signature
    page = login(new_page(), portal_url, "clerk")
    page.goto(case_url)
    info = page.locator(".kancelaria-caseinfo")
    expect(info.locator(".kancelaria-signature")).to_have_text(signature)
    expect(info.locator(".kancelaria-departments")).to_have_count(0)
    shot(page, NAME, "1-case")

    info.get_by_role("link", name=pl("Route to department")).click()
    expect(page).to_have_url(f"{case_url}/@@route")
    page.get_by_label("WOIK").check()
    page.get_by_label(pl("Comment")).fill(COMMENT)
    shot(page, NAME, "2-form")
    page.get_by_role("button", name=pl("Route"), exact=True).click()

    expect(page).to_have_url(case_url)
    expect(page.locator(".portalMessage")).to_contain_text(pl("The case was routed."))
    expect(page.locator(".kancelaria-caseinfo .kancelaria-departments")).to_have_text("WOIK")
    shot(page, NAME, "3-routed")

    page.goto(f"{case_url}/@@historyview")
    routed = page.locator("#history-list .historyRecord").filter(has_text=f"WOIK: {COMMENT}")
    expect(routed).to_have_count(1)
    expect(routed).to_contain_text("clerk")
    shot(page, NAME, "4-history")

    woik = login(new_page(), portal_url, "woik")
    woik.goto(f"{portal_url}/kancelaria/@@terminy")
    row = woik.locator(".kancelaria-deadlines-table tbody tr").filter(has_text=signature)
    expect(row).to_contain_text("WOIK")
    shot(woik, NAME, "5-woik-deadlines")

    wksp = login(new_page(), portal_url, "wksp")
    wksp.goto(f"{portal_url}/kancelaria/@@terminy")
    listing = wksp.locator(".kancelaria-deadlines")
    expect(listing).to_be_visible()
    expect(listing).not_to_contain_text(signature)
    shot(wksp, NAME, "6-wksp-deadlines")
