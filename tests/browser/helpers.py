"""Shared steps of the browser tests: log in the way a person does, keep screenshots."""

from kancelaria.testing import PASSWORD
from pathlib import Path
from playwright.sync_api import expect
from zope.i18n import translate

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def shot(page, test, step):
    """Full-page screenshot ``test-artifacts/screenshots/<test>-<step>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{test}-{step}.png"), full_page=True)


def login(page, portal_url, user, password=PASSWORD):
    """Fill in Plone's own login form at /login; return the page, logged in."""
    page.goto(f"{portal_url}/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    page.click("#buttons-login")
    expect(page.locator("#LoginForm")).to_have_count(0)
    expect(page.locator("#personaltools-menulink")).to_contain_text(user)
    return page


def pl(msgid, domain="kancelaria"):
    """What the Polish site shows for ``msgid`` — and it must be Polish: a test that looks
    for a label by its translation fails when the translation is missing."""
    text = translate(msgid, domain=domain, target_language="pl")
    assert text != msgid, f"no Polish translation of {msgid!r} in {domain}"
    return text
