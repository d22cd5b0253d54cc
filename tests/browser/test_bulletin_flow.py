"""The bulletin and the activity reports in Chromium, through the Polish site.

The press office adds a bulletin issue with its PDF and table of contents in the Classic UI
and publishes it; an anonymous visitor finds it on ``/biuletyn`` under its year and
downloads the PDF. A clerk adds an activity report, prepares its draft from the registers
(“Przygotuj projekt”); the mayor publishes it; an anonymous visitor reads it on
``/sprawozdania``. The public pages pass axe-core (no serious or critical violation).
"""

from .axe import blocking_violations
from .helpers import login
from .helpers import pl
from .helpers import shot
from datetime import timedelta
from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.test_interpellation_flow import state_menu
from tests.browser.test_meetings_flow import fill_rows
from tests.bulletin.conftest import PDF

import pytest

NAME = "bulletin"
ISSUE = "Biuletyn Informacyjny Świętochłowic"
REPORT = "Sprawozdanie z działalności Prezydenta na sesję"


def add_from_menu(page, type_title):
    """The toolbar's “Dodaj nowy” menu, as the office adds things."""
    page.locator("#plone-contentmenu-factories > a").click()
    item = page.locator("#plone-contentmenu-factories").get_by_role("link", name=type_title)
    expect(item).to_be_visible()
    item.click()


@pytest.mark.browser
def test_press_office_publishes_an_issue_anonymous_downloads_it(new_page, portal_url, tmp_path):
    year = clock.today().year
    press = login(new_page(), portal_url, "press")
    press.goto(f"{portal_url}/biuletyn")
    add_from_menu(press, pl("Bulletin issue"))
    expect(press.locator("h1")).to_contain_text(pl("Add a bulletin issue"))
    press.locator("#form-widgets-title").fill(ISSUE)
    press.locator("#form-widgets-issue_date").fill(f"{year}-03-02")
    pdf = tmp_path / "biuletyn-marzec.pdf"
    pdf.write_bytes(PDF)
    press.locator("input[type=file][name='form.widgets.file']").set_input_files(str(pdf))
    fill_rows(press, "contents", [("Budżet obywatelski 2027", "2")], ("title", "page"))
    shot(press, NAME, 1)
    press.locator("#form-buttons-save").click()
    expect(press.locator(".kancelaria-issue-number")).to_have_text(f"1/{year}")
    expect(press.locator(".kancelaria-bulletin-issue")).to_contain_text("Budżet obywatelski 2027")
    state_menu(press, "Opublikuj")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text("Opublikowany")
    issue_url = press.url.split("?")[0].rstrip("/")

    visitor = new_page()
    visitor.goto(f"{portal_url}/biuletyn")
    section = visitor.locator(f"#year-{year}")
    expect(section.get_by_role("heading", level=2)).to_have_text(str(year))
    expect(section).to_contain_text(ISSUE)
    expect(section).to_contain_text("PDF")
    assert blocking_violations(visitor) == []
    visitor.get_by_role("navigation").get_by_role("link", name=str(year), exact=True).click()
    expect(visitor.locator(f"#year-{year}")).to_contain_text(ISSUE)
    shot(visitor, NAME, 2)
    visitor.locator(f"#year-{year}").get_by_role("link", name=ISSUE).click()
    assert visitor.url.split("?")[0].rstrip("/") == issue_url
    assert blocking_violations(visitor) == []
    with visitor.expect_download() as download:
        visitor.locator(".kancelaria-download").click()
    saved = tmp_path / "pobrany.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes() == PDF


@pytest.mark.browser
def test_clerk_prepares_a_report_the_mayor_publishes_anonymous_reads_it(new_page, portal_url):
    today = clock.today()
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/sprawozdania")
    add_from_menu(clerk, pl("Activity report"))
    clerk.locator("#form-widgets-title").fill(REPORT)
    clerk.locator("#form-widgets-period_from").fill((today - timedelta(days=30)).isoformat())
    clerk.locator("#form-widgets-period_to").fill(today.isoformat())
    clerk.locator("#form-widgets-session_date").fill((today + timedelta(days=7)).isoformat())
    clerk.locator("#form-buttons-save").click()
    clerk.get_by_role("link", name=pl("Prepare draft")).click()
    clerk.get_by_role("button", name=pl("Prepare draft")).click()
    text = clerk.locator(".kancelaria-report-text")
    expect(text).to_contain_text(pl("report_section_meetings"))
    expect(text).to_contain_text("Odbyte narady: 0.")
    shot(clerk, NAME, 3)
    report_url = clerk.url.split("?")[0].rstrip("/")

    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(report_url)
    shot(mayor, NAME, 5)
    state_menu(mayor, "Opublikuj")
    expect(mayor.locator("#plone-contentmenu-workflow")).to_contain_text("Opublikowany")

    visitor = new_page()
    visitor.goto(f"{portal_url}/sprawozdania")
    assert blocking_violations(visitor) == []
    visitor.get_by_role("link", name=REPORT).click()
    expect(visitor.locator(".kancelaria-report-session")).to_contain_text(
        (today + timedelta(days=7)).strftime("%Y")
    )
    expect(visitor.locator(".kancelaria-report-text")).to_contain_text("Odbyte narady: 0.")
    expect(visitor.locator(".kancelaria-prepare-draft")).to_have_count(0)
    assert blocking_violations(visitor) == []
    shot(visitor, NAME, 4)
