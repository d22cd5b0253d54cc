"""Browser tests: Debian's Chromium, driven by Playwright, against the layer's server.

Without ``/usr/bin/chromium`` every test here is skipped, unless
``KANCELARIA_REQUIRE_BROWSER=1`` (CI), where a missing browser is a failure.
"""

from kancelaria.testing import PASSWORD
from plone import api
from tests.requirements import unavailable

import os
import pytest
import transaction

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before any fixture, so a missing browser costs no layer set-up."""
    if not os.access(CHROMIUM, os.X_OK):
        reason = f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
        unavailable(reason, "KANCELARIA_REQUIRE_BROWSER", "browser tests")


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    """``new_page(viewport=None)`` — a page in a fresh browser context (own cookies: one
    person), 1280 × 900 unless another ``{"width", "height"}`` is given (a phone)."""
    contexts = []

    def make(viewport=None):
        context = chromium.new_context(
            viewport=viewport or {"width": 1280, "height": 900}, locale="pl-PL"
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def polish_site(functional_portal):
    """The browser tests click through the Polish site, as the office does."""
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()


@pytest.fixture
def site(functional_portal):
    """The functional layer's portal; commit after changing it so the server sees it."""
    return functional_portal


@pytest.fixture
def registered_case(site):
    """A registered test case in the correspondence register, committed."""
    with api.env.adopt_roles(["Manager"]):
        case = api.content.create(
            container=site["kancelaria"]["korespondencja"],
            type="KancelariaTestCase",
            title="Pismo w sprawie remontu ulicy Lipowej",
        )
    transaction.commit()
    return case


@pytest.fixture
def site_admin(site):
    """A user with the Site Administrator role; returns its id."""
    api.user.create(
        username="siteadmin",
        email="siteadmin@example.org",
        password=PASSWORD,
        roles=["Member", "Site Administrator"],
    )
    transaction.commit()
    return "siteadmin"
