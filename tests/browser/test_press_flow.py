"""The press office at work, clicked through the Polish Classic UI.

The press office writes a press release in ``/aktualnosci`` (“Komunikat prasowy” ticked on
the “Biuro prasowe” tab, in the participatory budget campaign), submits it and publishes
it; a visitor then finds it on the news page marked as a press release, reads its page with
the press contact and follows the campaign's link. The press office then files a clipping
in the archive ``/kancelaria/prasa``, finds it on its desk waiting for its summary, and the
monthly summary counts it.
"""

from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import state_menu
from tests.browser.test_interpellation_flow import type_rich_text

import pytest

NAME = "press"
TITLE = "Rusza głosowanie w budżecie obywatelskim"
LEAD = "Mieszkańcy wybiorą projekty do realizacji w przyszłym roku."
TEXT = "Głosowanie potrwa do końca miesiąca."
CLIPPING = "Park w centrum miasta po remoncie"
MEDIUM = "Gazeta Świętochłowicka"


def open_tab(page, title):
    page.locator(".autotoc-nav a", has_text=title).click()


@pytest.mark.browser
def test_press_release_reaches_the_public_site(new_page, portal_url):
    press = login(new_page(), portal_url, "press")
    press.goto(f"{portal_url}/aktualnosci/++add++News Item")
    press.get_by_label(pl("label_title", domain="plone"), exact=True).fill(TITLE)
    press.locator("#form-widgets-IDublinCore-description").fill(LEAD)
    type_rich_text(press, "IRichTextBehavior-text", TEXT)
    open_tab(press, pl("Press office"))
    press.get_by_label(pl("Press release"), exact=True).check()
    press.get_by_label("Budżet obywatelski").check()
    # The contact comes from the press office's records; it can be changed here.
    shot(press, NAME, "1-add-form")
    press.locator("#form-buttons-save").click()
    expect(press.get_by_role("heading", level=1)).to_have_text(TITLE)
    url = press.url.split("?")[0].removesuffix("/view")

    state_menu(press, pl("Submit for publication", domain="plone"))
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text(
        pl("Pending review", domain="plone")
    )
    state_menu(press, pl("Publish", domain="plone"))
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text(
        pl("Published", domain="plone")
    )

    # A visitor finds it on the news page, marked, and reads it with the press contact.
    visitor = new_page()
    visitor.goto(f"{portal_url}/aktualnosci")
    entry = visitor.locator(".kancelaria-publication", has_text=TITLE)
    expect(entry).to_be_visible()
    expect(entry.locator(".kancelaria-press-release")).to_have_text("Komunikat prasowy")
    visitor.goto(f"{portal_url}/aktualnosci?press=1")
    expect(visitor.locator(".kancelaria-publication", has_text=TITLE)).to_be_visible()
    visitor.locator(".kancelaria-publication a", has_text=TITLE).click()
    expect(visitor).to_have_url(url)
    expect(visitor.locator(".kancelaria-press .kancelaria-press-release")).to_have_text(
        "Komunikat prasowy"
    )
    contact = visitor.locator(".kancelaria-press-contact")
    expect(contact).to_contain_text("Kontakt dla mediów")
    expect(contact).to_contain_text("Biuro Rzecznika Prasowego Prezydenta Miasta")
    expect(contact.locator("a[href='mailto:kpm@swietochlowice.pl']")).to_be_visible()
    expect(visitor.locator("#content-core")).to_contain_text(TEXT)
    shot(visitor, NAME, "2-public-release")
    visitor.locator(".kancelaria-campaign-link", has_text="Budżet obywatelski").click()
    expect(visitor.locator(".kancelaria-campaign-heading")).to_contain_text("Budżet obywatelski")
    expect(visitor.locator(".kancelaria-publication", has_text=TITLE)).to_be_visible()


@pytest.mark.browser
def test_clipping_from_archive_to_summary(new_page, portal_url):
    today = clock.today()
    press = login(new_page(), portal_url, "press")
    press.goto(f"{portal_url}/kancelaria/prasa")
    press.locator(".kancelaria-add-PressClipping").click()
    expect(press.locator("h1")).to_contain_text("Dodaj wycinek prasowy")
    press.get_by_label(pl("Headline"), exact=True).fill(CLIPPING)
    press.get_by_label("Medium", exact=True).fill(MEDIUM)
    press.locator("#form-widgets-clipping_date").fill(today.isoformat())
    press.get_by_label(pl("Author"), exact=True).fill("Anna Reporterka")
    press.locator("#form-buttons-save").click()
    expect(press.get_by_role("heading", level=1)).to_have_text(CLIPPING)

    # It waits on the press office's desk for its tone and summary.
    press.goto(f"{portal_url}/kancelaria")
    queue = press.locator("section.queue-clippings_to_summarise")
    expect(queue).to_contain_text("Wycinki do opracowania")
    expect(queue).to_contain_text(CLIPPING)

    # “Opracuj”: the tone and the summary, then into the office's archive.
    queue.get_by_role("link", name="Opracuj").click()
    press.get_by_label(pl("Tone"), exact=True).select_option("positive")
    press.get_by_label(pl("Summary"), exact=True).fill("Mieszkańcy chwalą nowy park.")
    press.locator("#form-buttons-save").click()
    state_menu(press, "Opublikuj w archiwum")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text("W archiwum")
    expect(press.locator(".kancelaria-clipping-summary")).to_have_text(
        "Mieszkańcy chwalą nowy park."
    )

    # The archive lists it, filtered by its medium; the month's summary counts it.
    press.goto(f"{portal_url}/kancelaria/prasa")
    press.get_by_label("Medium", exact=True).select_option(MEDIUM)
    press.locator(".kancelaria-filters button[type=submit]").click()
    expect(press.locator(".kancelaria-clippings-table")).to_contain_text(CLIPPING)
    press.locator(".kancelaria-summary-link").click()
    table = press.locator("#kancelaria-summary-table")
    row = table.locator("tbody tr", has_text=MEDIUM)
    expect(row.locator("td.kancelaria-total")).to_have_text("1")
    expect(row.locator("td[data-tone=positive]")).to_have_text("1")
    expect(press.locator("svg.kancelaria-chart")).to_be_visible()
    expect(press.locator("h1")).to_contain_text(today.strftime("%m.%Y"))
    shot(press, NAME, "3-summary")
