"""An interpellation from registration to a public answer, clicked through the Classic UI.

The clerk registers it with the add form and forwards it to WOIK; WOIK writes the answer
and submits it; the mayor approves it. Between the steps an anonymous visitor looks at the
public page: the question from "forwarded" on, the answer only once it is approved.
"""

from kancelaria import clock
from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest
import re

NAME = "interpellation"
SUBJECT = "Oświetlenie ulicy Polnej"
QUESTION = "Kiedy zostaną wymienione latarnie przy ulicy Polnej?"
ANSWER = "Latarnie zostaną wymienione do końca czerwca."


def state_menu(page, transition):
    """Open the toolbar's state menu and choose ``transition`` (its visible title)."""
    page.locator("#plone-contentmenu-workflow > a").click()
    item = page.locator("#plone-contentmenu-workflow").get_by_role(
        "link", name=transition, exact=True
    )
    expect(item).to_be_visible()
    item.click()


def type_rich_text(page, field, text):
    """Click into the TinyMCE editor of ``form.widgets.<field>`` and type, as a person does.

    The pattern gives the textarea a generated id, so the editor's iframe is found
    inside the field's wrapper rather than by ``<textarea id>_ifr``.
    """
    frame = page.locator(f"#formfield-form-widgets-{field} iframe.tox-edit-area__iframe")
    editor = frame.content_frame.locator("body#tinymce")
    editor.click()
    page.keyboard.type(text)
    expect(editor).to_contain_text(text)


def at(url):
    """``url``, whatever the query string (the toolbar adds ``_authenticator``)."""
    return re.compile(re.escape(url) + r"(\?.*)?$")


def expect_state(page, title):
    expect(page.locator(".kancelaria-interpellation .kancelaria-state")).to_have_text(title)


@pytest.mark.browser
def test_interpellation_from_registration_to_public_answer(new_page, portal_url):
    signature = f"KPM.0003.1.{clock.today().year}"

    # 1. The clerk registers the interpellation with the add form.
    clerk = login(new_page(), portal_url, "clerk")
    clerk.goto(f"{portal_url}/interpelacje")
    clerk.locator("#plone-contentmenu-factories > a").click()
    clerk.locator("#plone-contentmenu-factories").get_by_role(
        "link", name=pl("Interpellation"), exact=True
    ).click()
    expect(clerk).to_have_url(re.compile(r"/interpelacje/\+\+add\+\+Interpellation$"))
    clerk.get_by_label(pl("Subject")).fill(SUBJECT)
    clerk.get_by_label(pl("Kind")).select_option(label=pl("Inquiry"))
    councillor = clerk.get_by_label(pl("Councillor"))  # options read "Jan Nowak (club)"
    councillor.select_option(
        label=councillor.locator("option", has_text="Jan Nowak").inner_text().strip()
    )
    type_rich_text(clerk, "text", QUESTION)
    shot(clerk, NAME, "1-add-form")
    clerk.locator("#form-buttons-save").click()

    expect(clerk.locator(".portalMessage")).to_contain_text(pl("Item created", "plone"))
    item_url = clerk.url.rstrip("/")
    if item_url.endswith("/view"):
        item_url = item_url[: -len("/view")]
    assert "/interpelacje/" in item_url
    expect(clerk.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(clerk.locator(".kancelaria-caseinfo .kancelaria-signature")).to_have_text(signature)
    facts = clerk.locator(".kancelaria-interpellation .kancelaria-facts")
    expect(facts.locator(".kancelaria-signature")).to_have_text(signature)
    expect(facts).to_contain_text(pl("Inquiry"))
    expect(facts.locator(".kancelaria-councillor")).to_contain_text("Jan Nowak")
    expect(clerk.locator(".kancelaria-question")).to_contain_text(QUESTION)
    expect_state(clerk, pl("Registered", "plone"))
    shot(clerk, NAME, "2-registered")

    # 2. The clerk forwards it to WOIK through the state menu, which opens the routing form.
    state_menu(clerk, pl("Forward to department", "plone"))
    expect(clerk).to_have_url(at(f"{item_url}/@@route"))
    clerk.get_by_label("WOIK").check()
    shot(clerk, NAME, "3-route-form")
    clerk.get_by_role("button", name=pl("Route"), exact=True).click()
    expect(clerk).to_have_url(item_url)
    expect(clerk.locator(".portalMessage")).to_contain_text(pl("The case was routed."))
    expect(clerk.locator(".kancelaria-caseinfo .kancelaria-departments")).to_have_text("WOIK")
    expect_state(clerk, pl("Forwarded", "plone"))
    shot(clerk, NAME, "4-forwarded")

    # 3. An anonymous visitor sees the question, and no answer yet.
    visitor = new_page()
    visitor.goto(item_url)
    expect(visitor.locator("#personaltools-login")).to_be_visible()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    expect(visitor.locator(".kancelaria-question")).to_contain_text(QUESTION)
    expect(visitor.locator(".kancelaria-answer")).to_have_count(0)
    expect(visitor.locator(".kancelaria-no-answer")).to_be_visible()
    expect_state(visitor, pl("Forwarded", "plone"))
    shot(visitor, NAME, "5-anonymous-forwarded")

    # 4. WOIK writes the answer in the Answer tab of the edit form and submits it.
    woik = login(new_page(), portal_url, "woik")
    woik.goto(item_url)
    woik.locator("#contentview-edit a").click()
    expect(woik).to_have_url(at(f"{item_url}/edit"))
    woik.locator("nav.autotoc-nav").get_by_role("link", name=pl("Answer"), exact=True).click()
    type_rich_text(woik, "answer", ANSWER)
    shot(woik, NAME, "6-answer-tab")
    woik.locator("#form-buttons-save").click()
    expect(woik.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    expect(woik.locator(".kancelaria-answer")).to_contain_text(ANSWER)
    expect(woik.locator(".kancelaria-answer .alert-warning")).to_be_visible()
    shot(woik, NAME, "7-answer-saved")

    state_menu(woik, pl("Submit answer", "plone"))
    expect(woik.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(woik, pl("Answer for approval", "plone"))
    shot(woik, NAME, "8-submitted")

    # 5. The draft answer does not reach an anonymous visitor.
    visitor.goto(item_url)
    expect_state(visitor, pl("Answer for approval", "plone"))
    expect(visitor.locator(".kancelaria-question")).to_contain_text(QUESTION)
    expect(visitor.locator(".kancelaria-answer")).to_have_count(0)
    assert ANSWER not in visitor.content()
    shot(visitor, NAME, "9-anonymous-review")
    visitor.goto(f"{portal_url}/interpelacje")  # nor the register's listing
    expect(visitor.locator("#content").get_by_role("link", name=SUBJECT).first).to_be_visible()
    assert ANSWER not in visitor.content()

    # 6. The mayor approves the answer.
    mayor = login(new_page(), portal_url, "mayor")
    mayor.goto(item_url)
    expect(mayor.locator(".kancelaria-answer")).to_contain_text(ANSWER)
    state_menu(mayor, pl("Approve answer", "plone"))
    expect(mayor.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(mayor, pl("Answered", "plone"))
    shot(mayor, NAME, "10-approved")

    # 7. An anonymous visitor finds it in the register and reads question and answer.
    reader = new_page()
    reader.goto(f"{portal_url}/interpelacje")
    shot(reader, NAME, "11-anonymous-register")
    reader.locator("#content").get_by_role("link", name=SUBJECT, exact=True).first.click()
    expect(reader).to_have_url(re.compile(re.escape(item_url) + r"(/view)?/?$"))
    expect(reader.locator("#personaltools-login")).to_be_visible()
    expect_state(reader, pl("Answered", "plone"))
    expect(reader.locator(".kancelaria-question")).to_contain_text(QUESTION)
    answer = reader.locator(".kancelaria-answer")
    expect(answer).to_contain_text(ANSWER)
    expect(answer.locator(".alert-warning")).to_have_count(0)
    expect(
        reader.locator(".kancelaria-record .kancelaria-publication-approve_answer")
    ).to_contain_text("mayor")
    shot(reader, NAME, "12-anonymous-answered")
