"""The office's forms read as the office speaks: the registration and edit forms of an
interpellation, and the case actions' forms (route, change the deadline, return the answer)
with the case they act on and a button that says what it does."""

from kancelaria import clock
from playwright.sync_api import expect
from plone import api
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import type_rich_text
from tests.interpellations.conftest import _make

import pytest
import re
import transaction

NAME = "forms"


@pytest.fixture
def interpellation(site):
    """``interpellation(state)`` — committed, received on a day of the past (Polish
    dates on the pages: 02.11.2026 and its deadline Monday 16.11.2026)."""
    from datetime import date

    def make(state, title="Dziury w chodniku przy ul. Lipowej"):
        obj = _make(site["interpelacje"], state, title, received_date=date(2026, 11, 2))
        transaction.commit()
        return obj

    return make


def tabs(page):
    return page.locator("nav.autotoc-nav a")


@pytest.mark.browser
def test_registration_form(new_page, portal_url, site):
    page = login(new_page(), portal_url, "clerk")
    page.goto(f"{portal_url}/interpelacje/++add++Interpellation")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Register an interpellation"))
    # The office's own tabs only: no "Settings" with "Versioning enabled".
    expect(tabs(page)).to_have_text([pl("label_schema_default", "plone"), pl("Case")])
    versioning = page.locator("[name='form.widgets.IVersionable.versioning_enabled:list']")
    expect(versioning).to_have_count(0)
    # One text format: no selector under the editor.
    expect(page.locator("select[name$='.mimeType']")).to_have_count(0)
    # The day of receipt on the first tab, right after the subject, today by default.
    received = page.get_by_label(pl("Received"))
    expect(received).to_be_visible()
    expect(received).to_have_value(clock.today().isoformat())
    labels = page.locator("#fieldset-default label.form-label")
    expect(labels.nth(0)).to_contain_text(pl("Subject"))
    expect(labels.nth(1)).to_contain_text(pl("Received"))
    # No councillor is chosen for the clerk.
    councillor = page.get_by_label(pl("Councillor"))
    expect(councillor.locator("option:checked")).to_have_text(pl("— choose —"))
    shot(page, NAME, "1-register")

    # Saved without a councillor: refused on the field, nothing is registered.
    page.get_by_label(pl("Subject")).fill("Ławki w parku")
    type_rich_text(page, "text", "Kiedy pojawią się nowe ławki?")
    page.locator("#form-buttons-save").click()
    error = page.locator("#formfield-form-widgets-councillor .invalid-feedback")
    expect(error).to_have_text(pl("Required input is missing.", "zope"))
    shot(page, NAME, "2-no-councillor")
    transaction.begin()
    assert site["interpelacje"].objectIds() == []

    # The class: the type's default, by its title.
    tabs(page).filter(has_text=pl("Case")).click()
    jrwa = page.get_by_label(pl("JRWA class"))
    expect(jrwa).to_be_visible()
    expect(jrwa.locator("option:checked")).to_have_text(
        "0003 — Wnioski, interpelacje i zapytania radnych"
    )
    shot(page, NAME, "3-register-case-tab")

    tabs(page).first.click()
    councillor.select_option(label=councillor.locator("option", has_text="Jan Nowak").inner_text())
    page.locator("#form-buttons-save").click()
    expect(page.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    transaction.begin()
    (obj,) = site["interpelacje"].objectValues()
    assert (obj.councillor, obj.jrwa, obj.received_date) == ("jan-nowak", "0003", clock.today())


@pytest.mark.browser
def test_edit_form(new_page, portal_url, interpellation):
    obj = interpellation("forwarded")
    page = login(new_page(), portal_url, "clerk")
    page.goto(f"{obj.absolute_url()}/edit")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Edit the interpellation"))
    expect(tabs(page)).to_have_text([pl("label_schema_default", "plone"), pl("Answer"), pl("Case")])
    expect(page.locator("select[name$='.mimeType']")).to_have_count(0)
    # The day of receipt is shown, not edited ("Zmień termin" changes it), the Polish way.
    expect(page.locator("#formfield-form-widgets-ICase-received_date")).to_contain_text(
        "02.11.2026"
    )
    shot(page, NAME, "4-edit")
    tabs(page).filter(has_text=pl("Case")).click()
    expect(page.locator("#formfield-form-widgets-ICase-jrwa")).to_contain_text(
        "0003 — Wnioski, interpelacje i zapytania radnych"
    )


def expect_summary(page, obj):
    summary = page.locator(".kancelaria-case-summary")
    expect(summary.locator(".kancelaria-signature")).to_have_text(obj.signature)
    expect(summary.locator(".kancelaria-subject")).to_have_text(obj.title)
    expect(summary.locator(".kancelaria-deadline")).to_have_text("16.11.2026")


@pytest.mark.browser
def test_case_action_forms(new_page, portal_url, interpellation):
    registered = interpellation("registered", title="Remont boiska")
    review = interpellation("answer_review", title="Nowe ławki")

    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{registered.absolute_url()}/@@route")
    expect(clerk.get_by_role("heading", level=1)).to_have_text(pl("Route to department"))
    expect_summary(clerk, registered)
    expect(clerk.locator("#form-buttons-save")).to_have_text(pl("Route"))
    assert pl("Route") == "Przekaż"
    shot(clerk, NAME, "5-route")

    clerk.goto(f"{registered.absolute_url()}/@@change-deadline")
    expect_summary(clerk, registered)
    expect(clerk.locator(".kancelaria-case-summary .kancelaria-received")).to_have_text(
        "02.11.2026"
    )
    expect(clerk.locator("#form-buttons-save")).to_have_text(pl("Change deadline"))
    shot(clerk, NAME, "6-change-deadline")

    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(f"{review.absolute_url()}/@@return-answer")
    expect_summary(mayor, review)
    button = mayor.get_by_role("button", name=pl("Return answer"), exact=True)
    mayor.get_by_label(re.compile(pl("Why does the answer go back?"))).fill("Proszę uzupełnić.")
    shot(mayor, NAME, "7-return-answer")
    button.click()
    expect(mayor.locator(".portalMessage")).to_contain_text(
        pl("The answer went back to the department.")
    )
    transaction.begin()
    assert api.content.get_state(review) == "forwarded"
