"""The mayor's calendar clicked through the Classic UI of the Polish site.

The secretariat adds an appointment of the mayor in the form (subject, start, place, the
mayor ticked, participants), finds it in the week view, makes it public; an anonymous
visitor then finds it on the public calendar — its subject, time, place and the mayor's
name, never its participants — and a second, internal appointment not at all.
"""

from datetime import timedelta
from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import state_menu
from tests.calendar.conftest import at
from tests.calendar.conftest import make_appointment

import pytest
import re
import transaction

NAME = "calendar"
SUBJECT = "Spotkanie z Radą Osiedla Lipiny"
PARTICIPANTS = "Przewodnicząca Rady Osiedla Maria Poufna"


@pytest.mark.browser
def test_secretariat_publishes_an_appointment(new_page, portal_url, site):
    make_appointment(site, title="Rozmowa z inwestorem", start=at(1, 8))
    transaction.commit()
    day = clock.today() + timedelta(days=1)

    # 1. The secretariat adds the appointment from the week view.
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria/kalendarz")
    clerk.get_by_role("link", name=pl("Add an appointment"), exact=True).click()
    expect(clerk).to_have_url(re.compile(r"/kancelaria/kalendarz/\+\+add\+\+Appointment$"))
    clerk.get_by_label(pl("Subject"), exact=True).fill(SUBJECT)
    clerk.locator("input[name='form.widgets.start']").fill(f"{day.isoformat()}T10:30")
    clerk.get_by_label(pl("Place"), exact=True).fill("Gabinet Prezydenta, pok. 101")
    clerk.get_by_label("Prezydent Miasta — Prezydent Miasta").check()
    clerk.get_by_label(pl("Participants"), exact=True).fill(PARTICIPANTS)
    shot(clerk, NAME, "1-add")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    expect(clerk.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(clerk.locator("#content")).to_contain_text(PARTICIPANTS)
    expect(clerk.locator("#plone-contentmenu-workflow")).to_contain_text(pl("Internal", "plone"))

    # 2. The week view lists it at 10:30–11:30 (an hour unless given), on its Polish day.
    clerk.goto(f"{portal_url}/kancelaria/kalendarz/@@calendar-week?date={day.isoformat()}")
    entry = clerk.locator("li.calendar-item", has_text=SUBJECT)
    expect(entry).to_contain_text("10:30–11:30")
    weekday = pl(f"weekday_{day.weekday()}")
    expect(clerk.locator("section.calendar-day", has=entry)).to_contain_text(weekday)
    shot(clerk, NAME, "2-week")

    # 3. An end before the start is refused in the edit form; then it is made public.
    entry.get_by_role("link", name=SUBJECT).click()
    item_url = clerk.url.split("?")[0].removesuffix("/view")
    clerk.goto(f"{item_url}/edit")
    clerk.locator("input[name='form.widgets.end']").fill(f"{day.isoformat()}T09:00")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator("#content")).to_contain_text(pl("error_appointment_end"))
    clerk.goto(item_url)
    state_menu(clerk, pl("Make public", "plone"))
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect(clerk.locator("#plone-contentmenu-workflow")).to_contain_text(pl("Public", "plone"))

    # 4. A visitor finds it on the public calendar, without its participants; the
    # internal appointment is not there.
    visitor = new_page()
    visitor.goto(f"{portal_url}/kalendarz-prezydenta")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(pl("The mayor's calendar"))
    item = visitor.locator("li.public-calendar-item", has_text=SUBJECT)
    expect(item).to_contain_text("10:30–11:30")
    expect(item).to_contain_text("Gabinet Prezydenta, pok. 101")
    expect(item).to_contain_text("Prezydent Miasta")
    content = visitor.locator("#content")
    expect(content).to_contain_text(day.strftime("%d.%m.%Y"))
    expect(content).not_to_contain_text(PARTICIPANTS)
    expect(content).not_to_contain_text("Rozmowa z inwestorem")
    shot(visitor, NAME, "3-public")
    # The appointment's own page shows the visitor no participants either.
    visitor.goto(item_url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(visitor.locator("#content")).not_to_contain_text(PARTICIPANTS)


@pytest.mark.browser
def test_office_names_the_officials(new_page, portal_url, site):
    """The secretariat writes the mayor's name into the officials' table; the calendar's
    filter then names him. A bad identifier is refused on the page."""
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria/kalendarz")
    clerk.get_by_role("link", name=pl("Officials and their feeds")).click()
    expect(clerk.get_by_role("heading", level=1)).to_have_text(pl("Officials of the calendar"))
    rows = clerk.locator("#formfield-form-widgets-officials tbody.datagridwidget-body > tr:visible")
    first = rows.nth(0)
    expect(first.locator("input[name$='.widgets.id']")).to_have_value("prezydent")
    first.locator("input[name$='.widgets.fullname']").fill("Daniel Beger")
    expect(clerk.locator("code.calendar-feed-url").first).to_contain_text("token=")
    shot(clerk, NAME, "4-officials")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage").first).to_contain_text(pl("Changes saved", "plone"))
    clerk.goto(f"{portal_url}/kancelaria/kalendarz")
    expect(clerk.locator("#calendar-official")).to_contain_text("Daniel Beger")

    # A second official with the same identifier: refused, nothing saved.
    clerk.goto(f"{portal_url}/kancelaria/kalendarz/@@calendar-officials")
    second = clerk.locator(
        "#formfield-form-widgets-officials tbody.datagridwidget-body > tr:visible"
    ).nth(1)
    second.locator("input[name$='.widgets.id']").fill("prezydent")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator("#content")).to_contain_text("prezydent")
    expect(
        clerk.locator(".portalMessage.error, .alert-danger, .invalid-feedback").first
    ).to_be_visible()
    transaction.begin()
    from kancelaria.calendar import settings

    assert list(settings.officials()) == ["prezydent", "zastepca-1", "zastepca-2"]
