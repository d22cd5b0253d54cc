"""A resident checks a case on the Polish site, in Chromium: from the footer to
``/sprawdz-sprawe``, the signature and the code typed as from paper, the few facts; a wrong
code and empty fields announced; without JavaScript too; axe-core clean throughout."""

from kancelaria.case import ratelimit
from kancelaria.case import routing
from kancelaria.case import statuscheck
from playwright.sync_api import expect
from plone import api
from tests.browser.axe import blocking_violations
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest
import transaction

NAME = "statuscheck"


@pytest.fixture
def routed_case(site, registered_case):
    api.portal.set_registry_record("kancelaria.status_check_attempts", 1000)
    with api.env.adopt_roles(["Manager"]):
        routing.route(registered_case, ["WOIK"])
    transaction.commit()
    ratelimit.LIMITER.reset()
    return registered_case


def resident(chromium, javascript=True):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="pl-PL", java_script_enabled=javascript
    )
    context.set_default_timeout(15_000)
    return context, context.new_page()


@pytest.mark.browser
def test_resident_checks_a_case(chromium, routed_case, portal_url):
    case = routed_case
    code = statuscheck.stored_code(case)
    context, page = resident(chromium)
    try:
        page.goto(portal_url)
        footer = page.locator("#portal-footer-wrapper")
        footer.get_by_role("link", name=pl("Check the status of a case")).click()
        expect(page).to_have_url(f"{portal_url}/sprawdz-sprawe")
        expect(page.get_by_role("heading", level=1)).to_have_text(pl("Check the status of a case"))
        assert blocking_violations(page) == []
        shot(page, NAME, "form")

        # Empty fields: both named, announced, and marked on the fields.
        page.get_by_role("button", name=pl("Check")).click()
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text(pl("status_signature_required"))
        expect(alert).to_contain_text(pl("status_code_required"))
        signature_field = page.get_by_label(pl("Case signature"))
        expect(signature_field).to_have_attribute("aria-invalid", "true")
        assert blocking_violations(page) == []
        shot(page, NAME, "empty")

        # A wrong code: the one message that does not say which part was wrong.
        signature_field.fill(case.signature)
        page.get_by_label(pl("Access code")).fill("ABCDE-FGHJK")
        page.get_by_role("button", name=pl("Check")).click()
        expect(page.get_by_role("alert")).to_have_text(pl("status_not_found"))
        expect(page.get_by_label(pl("Case signature"))).to_have_value(case.signature)
        expect(page.get_by_label(pl("Access code"))).to_have_value("")
        assert blocking_violations(page) == []
        shot(page, NAME, "not-found")

        # The code as typed from paper: lower case, a space instead of the hyphen.
        page.get_by_label(pl("Access code")).fill(code.lower().replace("-", " "))
        page.get_by_role("button", name=pl("Check")).click()
        result = page.locator("#status-result")
        expect(result).to_contain_text(pl("Status of the case"))
        expect(result.locator(".kancelaria-status-state")).to_have_text(
            api.portal.translate("Forwarded", domain="plone", lang="pl")
        )
        expect(result).to_contain_text("Wydział Organizacyjny, Informatyki i Kadr")
        expect(result.locator(".kancelaria-status-deadline")).to_have_text(
            case.deadline.strftime("%d.%m.%Y")
        )
        expect(result.locator(".kancelaria-status-closed")).to_have_text(pl("not closed yet"))
        expect(page.locator("#content")).not_to_contain_text(case.title)
        assert blocking_violations(page) == []
        shot(page, NAME, "result")
    finally:
        context.close()


@pytest.mark.browser
def test_without_javascript(chromium, routed_case, portal_url):
    case = routed_case
    context, page = resident(chromium, javascript=False)
    try:
        page.goto(f"{portal_url}/kontakt")
        page.locator("#content-core").get_by_role(
            "link", name=pl("Check the status of a case")
        ).click()
        expect(page).to_have_url(f"{portal_url}/sprawdz-sprawe")
        page.get_by_label(pl("Case signature")).fill(case.signature)
        page.get_by_label(pl("Access code")).fill(statuscheck.stored_code(case))
        page.get_by_role("button", name=pl("Check")).click()
        expect(page.locator("#status-result")).to_contain_text(
            "Wydział Organizacyjny, Informatyki i Kadr"
        )
        shot(page, NAME, "no-javascript")
    finally:
        context.close()
