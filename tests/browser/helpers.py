"""Shared steps of the browser tests: log in the way a person does, keep screenshots."""

from pathlib import Path

from kancelaria.testing import PASSWORD

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def shot(page, test, step):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{test}-{step}.png"), full_page=True)


def login(page, portal_url, user, password=PASSWORD):
    """Plone's own login form at /login."""
    page.goto(f"{portal_url}/login")
    page.fill("#__ac_name, input[name='__ac_name']", user)
    page.fill("#__ac_password, input[name='__ac_password']", password)
    page.click("#buttons-login, button[name='buttons.login'], input[name='buttons.login']")
    page.wait_for_load_state()
    return page
