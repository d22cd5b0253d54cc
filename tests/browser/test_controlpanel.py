"""The site admin adds a department in the control panel; its group comes with it."""

from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest

NAME = "controlpanel"
TITLE = "Wydział Testowy XYZ"


@pytest.mark.browser
def test_admin_adds_department(new_page, portal_url, site_admin, client):
    assert client("admin").get("@groups/dept-xyz").status_code == 404
    page = login(new_page(), portal_url, site_admin)
    page.goto(f"{portal_url}/@@kancelaria-settings")
    grid = page.locator("#form-widgets-departments")
    rows = grid.locator("tbody.datagridwidget-body > tr:visible")
    expect(rows).to_have_count(3)  # WOIK, WKSP and the empty row to type in
    new_row = rows.nth(2)
    new_row.locator("input[name$='.widgets.symbol']").fill("XYZ")
    new_row.locator("input[name$='.widgets.title']").fill(TITLE)
    new_row.locator("input[name$='.widgets.email']").fill("xyz@example.org")
    shot(page, NAME, "1-filled")
    page.locator("#form-buttons-save").click()

    expect(page.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    expect(grid.locator("input[value='XYZ']")).to_have_count(1)
    shot(page, NAME, "2-saved")

    group = client("admin").get("@groups/dept-xyz")
    assert group.status_code == 200, group.text
    assert group.json()["id"] == "dept-xyz"
