"""A clerk routes a case to WOIK through the form; WOIK sees it among the deadlines, WKSP not."""

from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import shot

import pytest

NAME = "route"


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

    info.get_by_role("link", name="Route to department").click()
    expect(page).to_have_url(f"{case_url}/@@route")
    page.get_by_label("WOIK", exact=False).check()
    page.fill("#form-widgets-comment", "Proszę o przygotowanie odpowiedzi.")
    shot(page, NAME, "2-form")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    open("/tmp/explore/after-save.html","w").write(page.content()); shot(page, NAME, "dbg")
    import transaction; transaction.begin()
    for e in registered_case.error_log.getLogEntries(): print(e["tb_text"])
    expect(page).to_have_url(case_url)
    expect(page.locator(".kancelaria-caseinfo .kancelaria-departments")).to_have_text("WOIK")
    shot(page, NAME, "3-routed")

    page.goto(f"{case_url}/@@historyview")
    history = page.locator("#history-list")
    expect(history).to_contain_text("WOIK: Proszę o przygotowanie odpowiedzi.")
    expect(history).to_contain_text("clerk")
    shot(page, NAME, "4-history")

    woik = login(new_page(), portal_url, "woik")
    woik.goto(f"{portal_url}/kancelaria/@@terminy")
    expect(woik.locator(".kancelaria-deadlines-table")).to_contain_text(signature)
    shot(woik, NAME, "5-woik-deadlines")

    wksp = login(new_page(), portal_url, "wksp")
    response = wksp.goto(f"{portal_url}/kancelaria/@@terminy")
    assert signature not in wksp.content()
    shot(wksp, NAME, "6-wksp-deadlines")
    print("wksp status", response.status, wksp.url)
