"""Each role's day at its desk (``/kancelaria``), clicked through the Polish site.

The clerk routes two registered interpellations to WOIK at once; WOIK writes and submits
both answers from its desk; the mayor returns one with a comment and approves the other
from the item page; WOIK then finds the returned one on its desk with the mayor's comment.
"""

from kancelaria import clock
from kancelaria.case import history
from playwright.sync_api import expect
from plone import api
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.browser.test_interpellation_flow import type_rich_text
from tests.interpellations.conftest import _make

import pytest
import re
import transaction

SUBJECTS = ("Remont chodnika przy ulicy Lipowej", "Zieleń na osiedlu Słonecznym")
ANSWERS = (
    "Chodnik zostanie wyremontowany do końca maja.",
    "Nasadzenia zaplanowano na jesień.",
)
COMMENT = "Proszę podać koszt remontu i źródło finansowania."


def make(site, state, count=2):
    cases = [_make(site["interpelacje"], state, title) for title in SUBJECTS[:count]]
    transaction.commit()
    return cases


def desk(page, portal_url):
    page.goto(f"{portal_url}/kancelaria")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("My desk"))
    return page


def queue(page, queue_id):
    return page.locator(f"#queue-{queue_id}")


def counter(page, queue_id):
    return page.locator(
        f'.kancelaria-desk-counters a[href="#queue-{queue_id}"] .kancelaria-desk-count'
    )


def line(page, queue_id, case):
    return queue(page, queue_id).locator(f'tr[data-signature="{case.signature}"]')


def expect_state(page, msgid):
    expect(page.locator(".kancelaria-interpellation .kancelaria-state")).to_have_text(
        pl(msgid, "plone")
    )


def days_left(case):
    return (case.deadline - clock.today()).days


def fill(text, **mapping):
    for key, value in mapping.items():
        text = text.replace(f"${{{key}}}", str(value))
    return text


@pytest.mark.browser
def test_clerk_routes_two_cases_at_once(new_page, portal_url, site):
    cases = make(site, "registered")
    clerk = desk(login(new_page(), portal_url, "clerk"), portal_url)
    expect(counter(clerk, "to_route")).to_have_text("2")
    to_route = queue(clerk, "to_route")
    expect(to_route.get_by_role("heading", level=2)).to_contain_text(pl("queue_to_route"))
    for case in cases:
        row = line(clerk, "to_route", case)
        expect(row).to_contain_text(case.title)
        expect(row).to_contain_text(pl("Interpellation"))
        expect(row).to_contain_text(pl("Registered", "plone"))
        expect(row).to_contain_text(fill(pl("desk_days_left"), days=days_left(case)))
    shot(clerk, "desk-clerk", "1-desk")

    for case in cases:
        clerk.get_by_label(fill(pl("Select ${case}"), case=case.signature)).check()
    to_route.get_by_label(pl("Department")).select_option("WOIK")
    to_route.get_by_label(pl("Comment")).fill("Do przygotowania odpowiedzi")
    shot(clerk, "desk-clerk", "2-selected")
    to_route.get_by_role("button", name=pl("desk_route_button")).click()

    message = clerk.locator(".portalMessage")
    expect(message).to_contain_text(
        fill(
            pl("desk_routed"),
            department="WOIK",
            count=2,
            signatures=", ".join(c.signature for c in cases),
        )
    )
    expect(counter(clerk, "to_route")).to_have_text("0")
    expect(to_route).to_contain_text(pl("Nothing here now."))
    shot(clerk, "desk-clerk", "3-routed")

    transaction.begin()
    for case in cases:
        assert case.departments == ["WOIK"]
        assert api.content.get_state(case) == "forwarded"
        routed = [e for e in history.entries(case) if e.get("action") == "route"]
        assert len(routed) == 1 and routed[0]["actor"] == "clerk"


@pytest.mark.browser
def test_department_answers_from_its_desk(new_page, portal_url, site):
    first, second = make(site, "forwarded")
    woik = desk(login(new_page(), portal_url, "woik"), portal_url)
    # The whole page, though a department has no View on /kancelaria itself.
    expect(woik).to_have_title(re.compile(r"\S"))
    expect(woik.locator("#portal-logo")).to_be_visible()
    expect(woik.locator("#portal-searchbox")).to_be_visible()
    expect(counter(woik, "to_answer")).to_have_text("2")
    row = line(woik, "to_answer", first)
    expect(row).to_contain_text(first.title)
    expect(row).to_contain_text(pl("Forwarded", "plone"))
    expect(row).to_contain_text(fill(pl("desk_days_left"), days=days_left(first)))
    shot(woik, "desk-department", "1-desk")

    # The first answer: from the desk straight to the answer form, written and submitted.
    row.get_by_role("link", name=re.compile("^" + re.escape(pl("Prepare answer")))).click()
    expect(woik).to_have_url(f"{first.absolute_url()}/@@answer")
    expect(woik.get_by_role("heading", level=1)).to_have_text(pl("Prepare answer"))
    question = woik.locator(".kancelaria-question")
    expect(question).to_contain_text(f"Treść: {first.title}")  # the question, read-only
    expect(question.locator("textarea, [contenteditable=true], iframe")).to_have_count(0)
    type_rich_text(woik, "answer", ANSWERS[0])
    shot(woik, "desk-department", "2-answer-form")
    woik.get_by_role("button", name=pl("Submit for approval")).click()
    expect(woik).to_have_url(first.absolute_url())
    expect(woik.locator(".portalMessage")).to_contain_text(
        pl("The answer went to the mayor for approval.")
    )
    expect_state(woik, "Answer for approval")
    expect(woik.locator(".kancelaria-answer")).to_contain_text(ANSWERS[0])

    # The second: its page tells the department to write the answer, not that it is
    # "being prepared"; saved first, then submitted from the page.
    desk(woik, portal_url)
    expect(counter(woik, "to_answer")).to_have_text("1")
    line(woik, "to_answer", second).get_by_role("link", name=second.title).click()
    expect(woik.locator(".kancelaria-no-answer")).to_have_count(0)
    expect(woik.locator(".kancelaria-no-draft")).to_have_text(pl("No draft of the answer yet."))
    shot(woik, "desk-department", "3-case-page")
    woik.locator(".kancelaria-answer-actions").get_by_role(
        "link", name=pl("Prepare answer")
    ).click()
    type_rich_text(woik, "answer", ANSWERS[1])
    woik.get_by_role("button", name=pl("Save"), exact=True).click()
    expect(woik.locator(".portalMessage")).to_contain_text(pl("The answer was saved."))
    expect(woik.locator(".kancelaria-answer-text")).to_contain_text(ANSWERS[1])
    expect_state(woik, "Forwarded")
    shot(woik, "desk-department", "4-draft-saved")
    woik.get_by_role("button", name=pl("Submit for approval")).click()
    expect_state(woik, "Answer for approval")

    desk(woik, portal_url)
    expect(counter(woik, "to_answer")).to_have_text("0")
    shot(woik, "desk-department", "5-done")


@pytest.mark.browser
def test_mayor_returns_one_answer_and_approves_the_other(new_page, portal_url, site):
    first, second = make(site, "answer_review")
    mayor = desk(login(new_page(), portal_url, "mayor"), portal_url)
    expect(counter(mayor, "answers_to_approve")).to_have_text("2")
    # Answers to approve; the letters to sign, minutes to approve, directives to verify,
    # patronages to decide, today's appointments, residents' appointment requests and
    # upcoming ceremonies with open tasks: none here.
    expect(mayor.locator(".kancelaria-desk-counters a")).to_have_count(8)
    for empty in ("to_sign", "minutes_to_approve", "directives_to_verify", "patronages_to_decide"):
        expect(counter(mayor, empty)).to_have_text("0")
    for empty in ("appointments_today", "appointment_requests", "ceremonies_open_tasks"):
        expect(counter(mayor, empty)).to_have_text("0")
    shot(mayor, "desk-mayor", "1-desk")

    # Return the first, with a comment, next to the draft on its page.
    line(mayor, "answers_to_approve", first).get_by_role("link", name=first.title).click()
    expect(mayor.locator(".kancelaria-answer-text")).to_contain_text(f"Odpowiedź na {first.title}")
    decision = mayor.locator(".kancelaria-decision")
    decision.get_by_label(pl("Why does the answer go back?")).fill(COMMENT)
    shot(mayor, "desk-mayor", "2-return")
    decision.get_by_role("button", name=pl("Return"), exact=True).click()
    expect(mayor.locator(".portalMessage")).to_contain_text(
        pl("The answer went back to the department.")
    )
    expect_state(mayor, "Forwarded")
    expect(mayor.locator(".kancelaria-decision")).to_have_count(0)

    # Approve the second.
    desk(mayor, portal_url)
    expect(counter(mayor, "answers_to_approve")).to_have_text("1")
    line(mayor, "answers_to_approve", second).get_by_role("link", name=second.title).click()
    mayor.locator(".kancelaria-decision").get_by_role("button", name=pl("Approve")).click()
    expect(mayor.locator(".portalMessage")).to_contain_text(pl("Item state changed.", "plone"))
    expect_state(mayor, "Answered")
    desk(mayor, portal_url)
    expect(counter(mayor, "answers_to_approve")).to_have_text("0")
    shot(mayor, "desk-mayor", "3-done")

    # WOIK finds the returned answer with the mayor's comment, and works on it.
    woik = desk(login(new_page(), portal_url, "woik"), portal_url)
    expect(counter(woik, "returned")).to_have_text("1")
    row = line(woik, "returned", first)
    expect(row.locator(".kancelaria-desk-note")).to_contain_text(COMMENT)
    expect(queue(woik, "to_answer")).not_to_contain_text(first.signature)
    shot(woik, "desk-mayor", "4-department-returned")
    row.get_by_role("link", name=re.compile("^" + re.escape(pl("Prepare answer")))).click()
    expect(woik.locator(".kancelaria-returned-comment")).to_have_text(COMMENT)
    expect(woik.locator(".kancelaria-question")).to_contain_text(f"Treść: {first.title}")
    editor = woik.locator("#formfield-form-widgets-answer iframe.tox-edit-area__iframe")
    expect(editor.content_frame.locator("body#tinymce")).to_contain_text(first.title)
    shot(woik, "desk-mayor", "5-department-answer-form")
