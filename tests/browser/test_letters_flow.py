"""A resident's inquiry from registration to the reply sent, clicked through the Polish site.

The clerk registers the letter with the add form and routes it to WOIK; WOIK prepares the
reply from its desk, writes it and submits it for signature; the mayor signs it; the office
sends it; the inquiry shows as closed, the reply named in its history.
"""

from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import state_menu
from tests.browser.test_interpellation_flow import type_rich_text

import pytest
import re

NAME = "letters"
SUBJECT = "Godziny otwarcia Urzędu Miejskiego"
ANSWER = "Urząd jest czynny od poniedziałku do piątku od 7:30 do 15:30."


def item_url(page):
    url = page.url.split("?")[0].rstrip("/")
    return url[: -len("/view")] if url.endswith("/view") else url


def expect_state(page, title):
    expect(page.locator("#plone-contentmenu-workflow > a")).to_contain_text(title)


@pytest.mark.browser
def test_resident_inquiry_answered(new_page, portal_url):
    year = clock.today().year

    # 1. The clerk registers the inquiry.
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/kancelaria/korespondencja/++add++IncomingLetter")
    expect(clerk.get_by_role("heading", level=1)).to_have_text(pl("Register an incoming letter"))
    clerk.get_by_label(pl("Subject")).fill(SUBJECT)
    clerk.get_by_label(pl("Sender"), exact=True).fill("Anna Mieszkańska")
    clerk.get_by_label(pl("Sender's e-mail")).fill("anna@example.org")
    clerk.get_by_label(pl("Kind of letter")).select_option(label="Zapytanie mieszkańca")
    clerk.get_by_label(pl("Delivered by")).select_option(label=pl("channel_email"))
    shot(clerk, NAME, "1-register")
    clerk.locator("#form-buttons-save").click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    letter_url = item_url(clerk)
    expect(clerk.locator(".kancelaria-caseinfo .kancelaria-signature")).to_contain_text(
        f"KPM.0140.1.{year}"
    )
    expect(clerk.locator("#content")).to_contain_text(f"RPW/1/{year}")
    expect_state(clerk, pl("Registered", "plone"))

    # 2. The clerk routes it to WOIK from its desk's "to route" queue, via the routing form.
    clerk.goto(f"{portal_url}/kancelaria")
    expect(clerk.locator("#queue-to_route")).to_contain_text(SUBJECT)
    clerk.goto(letter_url)
    clerk.locator(".kancelaria-caseinfo").get_by_role(
        "link", name=pl("Route to department")
    ).click()
    clerk.get_by_label("WOIK").check()
    clerk.get_by_role("button", name=pl("Route"), exact=True).click()
    expect(clerk.locator(".kancelaria-caseinfo .kancelaria-departments")).to_have_text("WOIK")
    expect_state(clerk, pl("Assigned", "plone"))
    shot(clerk, NAME, "2-routed")

    # 3. WOIK prepares the reply from its desk, writes it and submits it for signature.
    woik = login(new_page(), portal_url, "woik")
    woik.goto(f"{portal_url}/kancelaria")
    queue = woik.locator("#queue-letters_to_handle")
    expect(queue).to_contain_text(pl("queue_letters_to_handle"))
    expect(queue).to_contain_text(SUBJECT)
    queue.get_by_role("link", name=pl("Prepare reply")).first.click()
    expect(woik).to_have_url(re.compile(re.escape(letter_url) + "/@@reply"))
    woik.get_by_role("button", name=pl("Prepare reply")).click()
    expect(woik).to_have_url(re.compile(r"/edit$"))
    expect(woik.get_by_label(pl("Subject"))).to_have_value(f"Odp.: {SUBJECT}")
    type_rich_text(woik, "body", ANSWER)
    shot(woik, NAME, "3-reply-draft")
    woik.locator("#form-buttons-save").click()
    expect(woik.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    reply_url = item_url(woik)
    expect(woik.locator("#content")).to_contain_text(ANSWER)
    state_menu(woik, pl("Submit for signature", "plone"))
    expect_state(woik, pl("Awaiting signature", "plone"))

    # 4. The mayor finds it on the desk and signs it.
    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(f"{portal_url}/kancelaria")
    to_sign = mayor.locator("#queue-to_sign")
    expect(to_sign).to_contain_text(pl("queue_to_sign"))
    to_sign.get_by_role("link", name=f"Odp.: {SUBJECT}").click()
    state_menu(mayor, pl("Sign", "plone"))
    expect_state(mayor, pl("Signed", "plone"))
    shot(mayor, NAME, "4-signed")

    # 5. The office sends it from the "to send" queue, with today's date.
    clerk.goto(f"{portal_url}/kancelaria")
    expect(clerk.locator("#queue-to_send")).to_contain_text(f"Odp.: {SUBJECT}")
    clerk.goto(reply_url)
    state_menu(clerk, pl("Send", "plone"))
    expect(clerk).to_have_url(re.compile(re.escape(reply_url) + "/@@send-letter"))
    clerk.get_by_role("button", name=pl("Send"), exact=True).click()
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("The letter was sent."))
    expect_state(clerk, pl("Sent", "plone"))
    shot(clerk, NAME, "5-sent")

    # 6. The inquiry is closed; its history names the reply.
    clerk.goto(letter_url)
    expect_state(clerk, pl("Closed", "plone"))
    clerk.goto(f"{letter_url}/@@historyview")
    expect(clerk.locator("#history-list")).to_contain_text(f"KPM.0140.1.{year}")
    shot(clerk, NAME, "6-closed")
