"""A ceremony's plan of tasks, clicked through the Classic UI of the Polish site.

The clerk sets the city's anniversary (“Rocznice miejskie”) and creates next year's
ceremonies on the calendar (“Utwórz uroczystości na rok”),
opens Independence Day and adds a task for WOIK (“Dodaj zadanie”), routed to it. WOIK logs
in, finds the task on its desk, sees the ceremony's date and place on the ceremony's page
(not its guests), reports progress and reports the task done; the office sees it reported.
"""

from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import state_menu
from tests.browser.test_interpellation_flow import type_rich_text
from tests.browser.test_meetings_flow import counter
from tests.browser.test_meetings_flow import desk_queue
from tests.browser.test_meetings_flow import plain

import pytest
import re

NAME = "ceremony"
TASK = "Przygotować wieńce i poczty sztandarowe"


@pytest.mark.browser
def test_ceremony_task_reported_by_the_department(new_page, portal_url):
    year = clock.today().year + 1
    calendar_url = f"{portal_url}/kancelaria/kalendarz"

    # 1. The clerk sets the city's anniversary, then creates next year's ceremonies from
    # the calendar (a year out of range first: the field says why).
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(calendar_url)
    clerk.get_by_role("link", name=pl("City anniversaries")).click()
    expect(clerk).to_have_url(re.compile(r"/@@ceremonies-settings$"))
    row = clerk.locator("#formfield-form-widgets-anniversaries tbody tr:visible").first
    row.locator("input[name$='.widgets.month']").fill("6")
    row.locator("input[name$='.widgets.day']").fill("20")
    row.locator("input[name$='.widgets.title']").fill("Dni Świętochłowic")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    clerk.goto(calendar_url)
    clerk.get_by_role("link", name=pl("Create the year's ceremonies")).click()
    expect(clerk).to_have_url(re.compile(r"/@@ceremonies-generate$"))
    clerk.get_by_label(pl("Year")).fill("1800")
    clerk.get_by_role("button", name=pl("Create"), exact=True).click()
    expect(clerk.locator("#formfield-form-widgets-year")).to_contain_text("podaj rok od")
    clerk.get_by_label(pl("Year")).fill(str(year))
    shot(clerk, NAME, "1-generate")
    clerk.get_by_role("button", name=pl("Create"), exact=True).click()
    message = clerk.locator(".portalMessage")
    expect(message).to_contain_text(f"Dodano uroczystości na rok {year}")

    # Twice: nothing new, and the page says so.
    clerk.goto(f"{calendar_url}/@@ceremonies-generate")
    clerk.get_by_label(pl("Year")).fill(str(year))
    clerk.get_by_role("button", name=pl("Create"), exact=True).click()
    expect(clerk.locator(".portalMessage")).to_contain_text("nic nie dodano")
    clerk.goto(f"{calendar_url}/dni-swietochlowic-{year}")
    expect(clerk.locator(".kancelaria-ceremony-start")).to_have_text(f"20.06.{year} 12:00")
    expect(clerk.locator(".kancelaria-ceremony-kind")).to_have_text(pl("ceremony_city_anniversary"))

    # 2. Independence Day: its page, then “Add task” routed to WOIK.
    ceremony_url = f"{calendar_url}/swieto-niepodleglosci-{year}"
    clerk.goto(f"{ceremony_url}/edit")
    clerk.get_by_label(pl("Place")).fill("Pomnik Powstańców Śląskich")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    expect(clerk.locator("h1")).to_contain_text("Narodowe Święto Niepodległości")
    # Saved through the form, the hour stays Warsaw's noon.
    expect(clerk.locator(".kancelaria-ceremony-start")).to_have_text(f"11.11.{year} 12:00")
    clerk.locator(".kancelaria-add-task").click()
    expect(clerk).to_have_url(re.compile(r"/\+\+add\+\+Directive$"))
    clerk.get_by_label(pl("Directive"), exact=True).fill(TASK)
    clerk.locator("#form-buttons-save").click()
    expect(clerk).to_have_url(re.compile(r"/@@route$"))
    task_url = clerk.url.removesuffix("/@@route")
    clerk.get_by_label("WOIK").check()
    clerk.get_by_role("button", name=pl("Route"), exact=True).click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("The case was routed."))
    clerk.goto(ceremony_url)
    tasks = clerk.locator(".kancelaria-tasks")
    expect(tasks).to_contain_text(TASK)
    expect(tasks).to_contain_text("Wydział Organizacyjny, Informatyki i Kadr")
    expect(tasks).to_contain_text(pl("Issued", "plone"))
    shot(clerk, NAME, "2-ceremony")

    # 3. WOIK: its desk, the ceremony it serves, progress, the report, “Report done”.
    woik = login(new_page(), portal_url, "woik")
    woik.goto(f"{portal_url}/kancelaria")
    queue = desk_queue(woik, "directives_to_do")
    expect(counter(woik, "directives_to_do")).to_have_text("1")
    expect(queue).to_contain_text(TASK)
    shot(woik, NAME, "3-desk-woik")
    woik.goto(ceremony_url)
    expect(woik.locator(".kancelaria-ceremony-place")).to_have_text("Pomnik Powstańców Śląskich")
    expect(woik.locator(".kancelaria-guests")).to_have_count(0)
    expect(woik.locator(".kancelaria-speech")).to_have_count(0)
    expect(woik.locator(".kancelaria-add-task")).to_have_count(0)
    woik.goto(f"{portal_url}/kancelaria")
    desk_queue(woik, "directives_to_do").locator(".kancelaria-desk-action").click()
    expect(woik).to_have_url(re.compile(r"/@@progress$"))
    woik.get_by_label(pl("What was done")).fill("Zamówiono wieńce.")
    woik.get_by_label(pl("Percent done")).fill("60")
    woik.get_by_role("button", name=pl("Add progress")).click()
    expect(woik.locator(".portalMessage")).to_contain_text(pl("The progress was recorded."))
    woik.goto(f"{plain(woik.url)}/edit")
    type_rich_text(woik, "completion_report", "Wieńce i poczty sztandarowe gotowe.")
    woik.locator("#form-buttons-save").click()
    expect(woik.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    state_menu(woik, pl("Report done", "plone"))
    expect(woik.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    shot(woik, NAME, "4-reported")

    # 4. The office sees the task reported done on the ceremony's plan.
    clerk.goto(ceremony_url)
    expect(clerk.locator(".kancelaria-tasks")).to_contain_text(pl("Reported done", "plone"))
    expect(clerk.locator(".kancelaria-tasks")).to_contain_text("60%")
    assert task_url.startswith(ceremony_url)
