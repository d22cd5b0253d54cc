"""A management meeting and its directives, clicked through the Classic UI of the Polish
site by the people who do it.

The clerk plans the meeting (attendees and agenda in the tables), marks it held, records
who was absent and writes the minutes, issues two directives and routes one to each
department. Each department finds only its own directive on its desk, reports progress
(“Add progress”, with a percent), writes its completion report and reports it done. The
mayor verifies one and returns the other with a comment, which the department reads on its
desk; the mayor approves the minutes, which then print without “PROJEKT”.
"""

from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import at
from tests.browser.test_interpellation_flow import state_menu
from tests.browser.test_interpellation_flow import type_rich_text
from tests.documents.conftest import pdf_text

import pytest
import re

NAME = "meetings"
SUBJECT = "Narada w sprawie dni miasta"
MINUTES = "Ustalono program dni miasta i podział zadań."
ATTENDEES = (
    ("Daniel Beger", "Prezydent Miasta", ""),
    ("Żaneta Źródlana", "Naczelnik", "WOIK"),
    ("Grzegorz Nieobecny", "Naczelnik", "WKSP"),
)
AGENDA = (("1", "Program dni miasta", "WKSP"), ("2", "Nagłośnienie i scena", "WOIK"))
DIRECTIVES = {
    "WOIK": "Zamówić scenę i nagłośnienie",
    "WKSP": "Przygotować program koncertów",
}
RETURN_COMMENT = "Brakuje harmonogramu prób."


def fill_rows(page, field, rows, columns):
    """Type ``rows`` into the datagrid ``field``: each filled last row adds the next."""
    grid = page.locator(f"#formfield-form-widgets-{field}")
    for number, values in enumerate(rows):
        row = grid.locator("tbody.datagridwidget-body > tr:visible").nth(number)
        for column, value in zip(columns, values, strict=True):
            if value:
                row.locator(f"input[name$='.widgets.{column}']").fill(value)


def expect_state(page, title):
    """The state as the toolbar shows it (“Status W realizacji”), and as the meeting's
    page does."""
    expect(page.locator("#plone-contentmenu-workflow")).to_contain_text(title)
    if page.locator(".kancelaria-meeting").count():
        expect(page.locator(".kancelaria-meeting .kancelaria-state")).to_have_text(title)


def desk_queue(page, queue):
    return page.locator(f"section.queue-{queue}")


def counter(page, queue):
    return page.locator(
        f".kancelaria-desk-counters a[href='#queue-{queue}'] .kancelaria-desk-count"
    )


def plain(url):
    return url.split("?")[0].rstrip("/").removesuffix("/view")


def issue_directive(clerk, meeting_url, department, title):
    clerk.goto(meeting_url)
    clerk.locator(".kancelaria-issue-directive").click()
    expect(clerk).to_have_url(at(f"{meeting_url}/++add++Directive"))
    clerk.get_by_label(pl("Directive"), exact=True).fill(title)
    clerk.get_by_label(pl("Responsible person")).fill(f"Kierownik {department}")
    clerk.locator("#form-buttons-save").click()
    # A new directive goes straight to the routing form.
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    expect(clerk).to_have_url(re.compile(r"/@@route$"))
    url = clerk.url.removesuffix("/@@route")
    clerk.get_by_label(department).check()
    clerk.get_by_role("button", name=pl("Route"), exact=True).click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("The case was routed."))
    expect(clerk.locator(".kancelaria-caseinfo .kancelaria-departments")).to_have_text(department)
    return url


def report(page, portal_url, department, title, other_title, percent):
    """The department's day: its desk, progress, the report, “Report done”."""
    page.goto(f"{portal_url}/kancelaria")
    queue = desk_queue(page, "directives_to_do")
    expect(counter(page, "directives_to_do")).to_have_text("1")
    expect(queue.locator("tbody tr")).to_have_count(1)
    expect(queue).to_contain_text(title)
    expect(page.locator("#content")).not_to_contain_text(other_title)
    expect(queue).to_contain_text(pl("Issued", "plone"))
    shot(page, NAME, f"5-desk-{department.lower()}")
    queue.locator(".kancelaria-desk-action").click()
    expect(page).to_have_url(re.compile(r"/@@progress$"))
    page.get_by_label(pl("What was done")).fill("Rozesłano zapytania ofertowe.")
    page.get_by_label(pl("Percent done")).fill(str(percent))
    shot(page, NAME, f"6-progress-{department.lower()}")
    page.get_by_role("button", name=pl("Add progress")).click()
    expect(page.locator(".portalMessage")).to_contain_text(pl("The progress was recorded."))
    expect_state(page, pl("In progress", "plone"))
    url = plain(page.url)
    page.goto(f"{url}/edit")
    type_rich_text(page, "completion_report", f"Wykonano: {title}.")
    page.locator("#form-buttons-save").click()
    expect(page.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    state_menu(page, pl("Report done", "plone"))
    expect(page.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(page, pl("Reported done", "plone"))
    shot(page, NAME, f"7-reported-{department.lower()}")
    return url


@pytest.mark.browser
def test_meeting_directives_and_minutes(new_page, portal_url):
    today = clock.today()

    # 1. The clerk plans the meeting: when, where, who comes, what is discussed.
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria/narady")
    clerk.locator("#plone-contentmenu-factories > a").click()
    clerk.locator("#plone-contentmenu-factories").get_by_role(
        "link", name=pl("Meeting"), exact=True
    ).click()
    expect(clerk).to_have_url(re.compile(r"/kancelaria/narady/\+\+add\+\+Meeting$"))
    clerk.get_by_label(pl("Subject of the meeting")).fill(SUBJECT)
    clerk.locator("input[name='form.widgets.start']").fill(f"{today.isoformat()}T09:00")
    clerk.get_by_label(pl("Place")).fill("Sala sesyjna")
    clerk.get_by_label(pl("Chair")).fill("Daniel Beger")
    clerk.get_by_label(pl("Minute-taker")).fill("Anna Protokolantka")
    fill_rows(clerk, "attendees", ATTENDEES, ("name", "function", "unit"))
    fill_rows(clerk, "agenda", AGENDA, ("number", "topic", "presenter"))
    shot(clerk, NAME, "1-plan")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    meeting_url = plain(clerk.url)
    expect(clerk.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(clerk.locator(".kancelaria-meeting-number")).to_have_text(f"1/{today.year}")
    expect(clerk.locator(".kancelaria-attendees tbody tr")).to_have_count(3)
    expect(clerk.locator(".kancelaria-agenda")).to_contain_text("Nagłośnienie i scena")
    expect_state(clerk, pl("Planned", "plone"))

    # 2. The meeting took place: held, one attendee absent, the minutes written.
    state_menu(clerk, pl("Mark as held", "plone"))
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(clerk, pl("Held", "plone"))
    clerk.goto(f"{meeting_url}/edit")
    absent = clerk.locator("#formfield-form-widgets-attendees tbody.datagridwidget-body > tr")
    absent = absent.filter(has=clerk.locator("input[value='Grzegorz Nieobecny']"))
    absent.locator("input[type='checkbox'][name$='.widgets.present:list']").uncheck()
    clerk.locator("nav.autotoc-nav").get_by_role("link", name=pl("Minutes"), exact=True).click()
    type_rich_text(clerk, "minutes", MINUTES)
    shot(clerk, NAME, "2-minutes")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    expect(clerk.locator(".kancelaria-minutes")).to_contain_text(MINUTES)
    grzegorz = clerk.locator(".kancelaria-attendees tbody tr", has_text="Grzegorz Nieobecny")
    expect(grzegorz).to_contain_text(pl("no"))

    # 3. Two directives, one to each department.
    urls = {
        dept: issue_directive(clerk, meeting_url, dept, title) for dept, title in DIRECTIVES.items()
    }
    clerk.goto(meeting_url)
    directives = clerk.locator(".kancelaria-directives tbody tr")
    expect(directives).to_have_count(2)
    shot(clerk, NAME, "3-meeting-held")

    # 4. Each department: its own directive only; the meeting without the draft minutes.
    reported = {}
    for dept, other in (("WOIK", "WKSP"), ("WKSP", "WOIK")):
        page = login(new_page(), portal_url, dept.lower())
        page.goto(meeting_url)
        expect(page.locator(".kancelaria-directives")).to_contain_text(DIRECTIVES[dept])
        expect(page.locator(".kancelaria-directives")).not_to_contain_text(DIRECTIVES[other])
        expect(page.locator(".kancelaria-minutes")).not_to_contain_text(MINUTES)
        expect(page.locator(".kancelaria-document")).to_have_count(0)
        shot(page, NAME, f"4-meeting-{dept.lower()}")
        percent = 60 if dept == "WOIK" else 80
        reported[dept] = report(
            page, portal_url, dept, DIRECTIVES[dept], DIRECTIVES[other], percent
        )
        expect(page.locator("#content")).to_contain_text(f"{percent}")

    # 5. The mayor verifies WOIK's directive and returns WKSP's with a comment.
    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(f"{portal_url}/kancelaria")
    expect(counter(mayor, "directives_to_verify")).to_have_text("2")
    expect(counter(mayor, "minutes_to_approve")).to_have_text("1")
    shot(mayor, NAME, "8-desk-mayor")
    mayor.goto(urls["WOIK"])
    expect(mayor.locator("#content")).to_contain_text(f"Wykonano: {DIRECTIVES['WOIK']}.")
    state_menu(mayor, pl("Verify", "plone"))
    expect(mayor.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(mayor, pl("Verified", "plone"))
    mayor.goto(urls["WKSP"])
    state_menu(mayor, pl("Return to the department", "plone"))
    expect(mayor).to_have_url(at(f"{urls['WKSP']}/@@return-directive"))
    mayor.get_by_label(pl("Why does the directive go back?")).fill(RETURN_COMMENT)
    shot(mayor, NAME, "9-return")
    mayor.get_by_role("button", name=pl("Return to the department")).click()
    expect(mayor.locator(".portalMessage")).to_contain_text(
        pl("The directive went back to the department.")
    )
    expect_state(mayor, pl("In progress", "plone"))
    mayor.goto(f"{portal_url}/kancelaria")
    expect(counter(mayor, "directives_to_verify")).to_have_text("0")

    # 6. WKSP reads the comment on its desk.
    wksp = login(new_page(), portal_url, "wksp")
    wksp.goto(f"{portal_url}/kancelaria")
    returned = desk_queue(wksp, "directives_returned")
    expect(counter(wksp, "directives_returned")).to_have_text("1")
    expect(returned).to_contain_text(DIRECTIVES["WKSP"])
    expect(returned.locator(".kancelaria-desk-note")).to_contain_text(RETURN_COMMENT)
    expect(returned).to_contain_text(pl("In progress", "plone"))
    shot(wksp, NAME, "10-returned-wksp")
    woik = login(new_page(), portal_url, "woik")
    woik.goto(f"{portal_url}/kancelaria")
    expect(woik.locator("#content")).not_to_contain_text(DIRECTIVES["WOIK"])  # verified: done

    # 7. The mayor approves the minutes; they print without “PROJEKT”, and WOIK reads them.
    mayor.goto(meeting_url)
    draft = mayor.request.get(f"{meeting_url}/@@pdf")
    assert "PROJEKT" in pdf_text(draft.body())
    state_menu(mayor, pl("Approve minutes", "plone"))
    expect(mayor.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(mayor, pl("Minutes approved", "plone"))
    button = mayor.locator(".kancelaria-document[data-document='pdf']")
    expect(button).to_have_text(pl("link_minutes_pdf"))
    final = mayor.request.get(button.get_attribute("href"))
    assert final.headers["content-type"] == "application/pdf"
    text = pdf_text(final.body())
    assert "PROJEKT" not in text
    assert MINUTES in " ".join(text.split())
    shot(mayor, NAME, "11-approved")
    woik.goto(meeting_url)
    expect(woik.locator(".kancelaria-minutes")).to_contain_text(MINUTES)
    expect(woik.locator(".kancelaria-document[data-document='pdf']")).to_have_count(1)
    shot(woik, NAME, "12-minutes-woik")
