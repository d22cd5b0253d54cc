"""A resident's appointment request in Chromium, through the Polish site: an anonymous
visitor opens ``/kontakt``, follows “Umów spotkanie” and files a request (the form passes
axe-core, also with its errors); the secretariat logs in, finds it on the desk, schedules it
into the calendar from the request's page (“Umów spotkanie”, prefilled from the request);
the appointment is in the calendar, linked with the request, and the resident's e-mail with
the date, time, place and whom arrives."""

from .axe import blocking_violations
from .helpers import login
from .helpers import pl
from .helpers import shot
from datetime import timedelta
from kancelaria import clock
from kancelaria.case.ratelimit import LIMITER
from playwright.sync_api import expect

import pytest

NAME = "appointment-request"
SUBJECT = "Remont chodnika przy Szkole Podstawowej nr 1"
EMAIL = "ewa.mieszkanka@example.org"


@pytest.fixture
def smtp_messages(functional):
    sink = functional["smtp"]
    sink.messages.clear()
    LIMITER.reset()
    return sink.messages


def text_of(message):
    return message.get_payload(decode=True).decode("utf-8")


@pytest.mark.browser
def test_resident_requests_secretariat_schedules(new_page, portal_url, smtp_messages):
    visitor = new_page()
    visitor.goto(f"{portal_url}/kontakt")
    visitor.get_by_role("link", name=pl("Ask for an appointment")).click()
    expect(visitor.locator("h1")).to_contain_text(pl("Ask for an appointment with the Mayor"))
    assert blocking_violations(visitor) == []
    # Sent empty: each error beside its field, in Polish.
    visitor.get_by_role("button", name=pl("Send the request")).click()
    expect(visitor.locator("#request-errors")).to_contain_text("podaj temat spotkania")
    expect(visitor.locator("#request-title")).to_have_attribute("aria-invalid", "true")
    expect(visitor.locator("#request-email-error")).to_contain_text("podaj adres e-mail")
    expect(visitor.locator("#request-consent-error")).to_contain_text("zgodą")
    assert blocking_violations(visitor) == []
    shot(visitor, NAME, 1)
    visitor.get_by_label(pl("Name and surname")).fill("Ewa Mieszkanka")
    visitor.locator("#request-email").fill(EMAIL)
    visitor.get_by_label(pl("Subject of the appointment")).fill(SUBJECT)
    visitor.get_by_label(pl("Preferred dates")).fill("Poniedziałki po 14:00")
    visitor.get_by_label(pl("Whom would you like to meet?")).select_option("prezydent")
    visitor.locator("#request-consent").check()
    visitor.get_by_role("button", name=pl("Send the request")).click()
    expect(visitor.locator("#request-done")).to_contain_text(
        pl("Thank you, your request has been sent")
    )
    shot(visitor, NAME, 2)
    assert [m["to"] for m in smtp_messages] == [[EMAIL]]

    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria")
    queue = clerk.locator("#queue-appointment_requests")
    expect(queue).to_contain_text(pl("queue_appointment_requests"))
    queue.get_by_role("link", name=SUBJECT).click()
    expect(clerk.locator(".kancelaria-request-name")).to_have_text("Ewa Mieszkanka")
    shot(clerk, NAME, 3)
    clerk.locator(".kancelaria-request-actions").get_by_role(
        "link", name=pl("Schedule an appointment")
    ).click()
    expect(clerk.locator("h1")).to_contain_text(pl("Schedule an appointment"))
    day = clock.today() + timedelta(days=4)
    clerk.locator("input[name='form.widgets.start']").fill(f"{day.isoformat()}T11:00")
    clerk.locator("input[name='form.widgets.end']").fill(f"{day.isoformat()}T11:30")
    clerk.get_by_label(pl("Place"), exact=True).fill("Gabinet Prezydenta, pok. 101")
    smtp_messages.clear()
    clerk.get_by_role("button", name=pl("Schedule the appointment")).click()
    expect(clerk.locator(".kancelaria-state")).to_have_text(pl("Scheduled", "plone"))
    appointment = clerk.locator(".kancelaria-request-appointment")
    expect(appointment).to_contain_text(f"{day.strftime('%d.%m.%Y')} 11:00")
    shot(clerk, NAME, 4)
    # The appointment in the calendar, linked back to the request.
    appointment.get_by_role("link", name=SUBJECT).click()
    expect(clerk.locator("body")).to_contain_text("Gabinet Prezydenta, pok. 101")
    shot(clerk, NAME, 5)

    [mail] = [m["message"] for m in smtp_messages if EMAIL in m["to"]]
    text = text_of(mail)
    assert f"Data: {day.strftime('%d.%m.%Y')}" in text
    assert "Godzina: 11:00–11:30" in text
    assert "Miejsce: Gabinet Prezydenta, pok. 101" in text
    assert "Z kim: Prezydent Miasta" in text
