"""A clerk changes a deadline with the form: refused without a reason, kept with one."""

from datetime import timedelta
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest

NAME = "deadline"
REASON = "Wydłużenie na wniosek wydziału."


@pytest.mark.browser
def test_clerk_changes_deadline(new_page, portal_url, registered_case):
    case_url = registered_case.absolute_url()
    old = registered_case.deadline.isoformat()
    new = (registered_case.deadline + timedelta(days=7)).isoformat()
    # The page shows dates the Polish way; the history keeps what was recorded (ISO).
    old_shown = registered_case.deadline.strftime("%d.%m.%Y")
    new_shown = (registered_case.deadline + timedelta(days=7)).strftime("%d.%m.%Y")
    page = login(new_page(), portal_url, "clerk")
    page.goto(case_url)
    deadline = page.locator(".kancelaria-caseinfo .kancelaria-deadline")
    expect(deadline).to_have_text(old_shown)

    page.get_by_role("link", name=pl("Change deadline")).click()
    expect(page).to_have_url(f"{case_url}/@@change-deadline")
    reason_field = page.locator("#formfield-form-widgets-reason")
    # No reason at all: the browser-side validation stops the form and marks the field.
    page.get_by_label(pl("New deadline")).fill(new)
    page.get_by_role("button", name=pl("Change deadline")).click()
    expect(reason_field.locator(".invalid-feedback")).to_be_visible()
    shot(page, NAME, "1-no-reason")
    # Only blanks: the form goes to the server, which refuses it on the reason field.
    page.get_by_label(pl("Reason")).fill("   ")
    page.get_by_role("button", name=pl("Change deadline")).click()
    expect(page.locator("#content .alert-danger, #content .portalMessage")).to_contain_text(
        pl("There were some errors.", "z3c.form")
    )
    expect(reason_field.locator(".invalid-feedback")).to_be_visible()
    expect(reason_field.locator(".invalid-feedback")).not_to_be_empty()
    shot(page, NAME, "2-blank-reason")
    page.goto(case_url)
    expect(deadline).to_have_text(old_shown)

    page.get_by_role("link", name=pl("Change deadline")).click()
    page.get_by_label(pl("New deadline")).fill(new)
    page.get_by_label(pl("Reason")).fill(REASON)
    page.get_by_role("button", name=pl("Change deadline")).click()
    expect(page).to_have_url(case_url)
    expect(page.locator(".portalMessage")).to_contain_text(pl("The deadline was changed."))
    expect(deadline).to_have_text(new_shown)
    shot(page, NAME, "3-changed")

    page.goto(f"{case_url}/@@historyview")
    expect(page.locator("#history-list")).to_contain_text(f"{old} → {new}: {REASON}")
    shot(page, NAME, "4-history")
