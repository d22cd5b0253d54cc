"""Honorary patronage in Chromium, through the Polish site: an anonymous visitor applies on
``/patronaty`` without JavaScript, the clerk takes it for review, the mayor grants it with a
justification, the event appears in the public register, and the organiser's report link
from the decision e-mail works once. The form page passes axe-core (no serious or critical
violation), also when it shows errors."""

from .axe import blocking_violations
from .helpers import login
from .helpers import pl
from .helpers import shot
from datetime import timedelta
from kancelaria import clock
from kancelaria.case.ratelimit import LIMITER
from playwright.sync_api import expect

import pytest
import re

NAME = "patronage"
EVENT = "Festiwal Orkiestr Dętych"


@pytest.fixture
def smtp_messages(functional):
    sink = functional["smtp"]
    sink.messages.clear()
    LIMITER.reset()
    return sink.messages


def no_script_page(chromium):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="pl-PL", java_script_enabled=False
    )
    context.set_default_timeout(15_000)
    return context, context.new_page()


def text_of(message):
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return part.get_payload(decode=True).decode("utf-8")


@pytest.mark.browser
def test_apply_review_grant_register_report(chromium, new_page, portal_url, smtp_messages):
    # axe-core runs in the page (JavaScript on): the form, and the form with its errors.
    checked = new_page()
    checked.goto(f"{portal_url}/patronaty")
    assert blocking_violations(checked) == []
    checked.click("form.kancelaria-patronage-form button[type=submit]")
    expect(checked.locator("#patronage-errors")).to_contain_text("podaj nazwę wydarzenia")
    expect(checked.locator("#patronage-title")).to_have_attribute("aria-invalid", "true")
    assert blocking_violations(checked) == []
    shot(checked, NAME, 1)
    # The application itself without JavaScript.
    context, page = no_script_page(chromium)
    page.goto(f"{portal_url}/patronaty")
    start = clock.today() + timedelta(days=40)
    page.fill("#patronage-title", EVENT)
    page.fill("#patronage-description", "Przegląd orkiestr z regionu.")
    page.fill("#patronage-event_start", start.isoformat())
    page.fill("#patronage-place", "Rynek")
    page.fill("#patronage-participants", "500")
    page.fill("#patronage-organiser_name", "Stowarzyszenie Muzyczne Lira")
    page.fill("#patronage-contact_person", "Ewa Kontaktowa")
    page.fill("#patronage-contact_email", "lira@example.org")
    page.fill("#patronage-contact_phone", "32 349 18 26")
    page.select_option("#patronage-organiser_type", "ngo")
    page.set_input_files(
        "#patronage-attachments",
        files=[{"name": "program.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}],
    )
    page.click("form.kancelaria-patronage-form button[type=submit]")
    created = page.locator("#patronage-created")
    expect(created).to_contain_text("zarejestrowany pod znakiem")
    signature = re.search(r"KPM\.0712\.\d+\.\d{4}", created.inner_text()).group(0)
    shot(page, NAME, 2)
    receipt = [m["message"] for m in smtp_messages if "lira@example.org" in m["to"]]
    assert len(receipt) == 1 and signature in text_of(receipt[0])
    context.close()

    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria")
    queue = clerk.locator("#queue-patronages_to_review")
    expect(queue).to_contain_text(pl("queue_patronages_to_review"))
    queue.get_by_role("link", name=EVENT).click()
    expect(clerk.locator("body")).to_contain_text("lira@example.org")
    clerk.click("#plone-contentmenu-workflow > a")
    clerk.get_by_text(pl("Take for review", "plone")).click()
    expect(clerk.locator("#plone-contentmenu-workflow")).to_contain_text(
        pl("Under review", "plone")
    )
    shot(clerk, NAME, 3)

    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(f"{portal_url}/kancelaria")
    mayor.locator("#queue-patronages_to_decide").get_by_role("link", name=EVENT).click()
    mayor.click("#plone-contentmenu-workflow > a")
    mayor.get_by_text(pl("Grant", "plone"), exact=True).click()
    expect(mayor.locator("h1")).to_contain_text(pl("Grant the application"))
    mayor.fill("textarea", "Festiwal promuje kulturę miasta.")
    smtp_messages.clear()
    mayor.get_by_role("button", name=pl("Grant")).click()
    expect(mayor.locator("#plone-contentmenu-workflow")).to_contain_text(pl("Granted", "plone"))
    shot(mayor, NAME, 4)

    visitor = new_page()
    visitor.goto(f"{portal_url}/patronaty")
    register = visitor.locator("#patronage-register")
    expect(register).to_contain_text(EVENT)
    expect(register).to_contain_text("Stowarzyszenie Muzyczne Lira")
    expect(register).to_contain_text("Rynek")
    assert "Ewa Kontaktowa" not in visitor.content()
    assert "lira@example.org" not in visitor.content()
    shot(visitor, NAME, 5)

    [decision] = [m["message"] for m in smtp_messages if "lira@example.org" in m["to"]]
    link = re.search(r"https?://\S+@@sprawozdanie\?token=\S+", text_of(decision)).group(0)
    organiser = new_page()
    organiser.goto(link)
    expect(organiser.locator("h1")).to_contain_text("Sprawozdanie po wydarzeniu")
    assert blocking_violations(organiser) == []
    organiser.fill("#report-report_text", "Wystąpiło 12 orkiestr, było 600 widzów.")
    organiser.set_input_files(
        "#report-files",
        files=[{"name": "zdjecie.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff"}],
    )
    organiser.get_by_role("button", name=pl("Send the report")).click()
    expect(organiser.locator("#report-done")).to_contain_text("Dziękujemy")
    shot(organiser, NAME, 6)
    again = organiser.goto(link)
    assert again.status == 410
    expect(organiser.locator("#report-used")).to_contain_text("zostało już wysłane")
    shot(organiser, NAME, 7)
