"""The registers on a laptop (1366 px) and a phone (390 px), with the demo site's data: the
page never scrolls sideways, nothing in the listing is cut off, and on the phone every row
still shows its signature, subject, dates and state (cards instead of table rows)."""

from kancelaria import demo
from kancelaria.case import routing
from playwright.sync_api import expect
from plone import api
from plone.app.testing import applyProfile
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest
import transaction

WIDTHS = (1366, 390)

#: What sticks out: elements of the listing ending past the content column or the window,
#: and boxes (the listing or an element in it) that scroll or clip their content.
CUT_OFF = """(selector) => {
  const box = document.querySelector(selector);
  const content = document.querySelector('#content') || document.body;
  const limit = Math.min(content.getBoundingClientRect().right, window.innerWidth) + 1;
  const name = (el) => `${el.tagName}.${el.className} "${(el.innerText || '').slice(0, 30)}"`;
  const clips = (el) => el.scrollWidth > el.clientWidth + 1
    && getComputedStyle(el).overflowX !== 'visible';
  const out = [];
  for (let el = box; el && el !== content.parentElement; el = el.parentElement)
    if (clips(el)) out.push(`${name(el)} scrolls`);
  for (const el of box.querySelectorAll('td, th, td *')) {
    const r = el.getBoundingClientRect();
    const head = el.closest('thead');
    if (r.width === 0 || (head && head.getBoundingClientRect().width <= 1)) continue;
    if (r.right > limit) out.push(`${name(el)} ends at ${r.right} > ${limit}`);
    if (clips(el)) out.push(`${name(el)} clips its content`);
  }
  return out;
}"""


@pytest.fixture
def sized_page(chromium):
    """``sized_page(width)``: a page in a fresh browser context of that window width."""
    contexts = []

    def make(width):
        context = chromium.new_context(viewport={"width": width, "height": 900}, locale="pl-PL")
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def demo_site(site):
    """The demo site (long subjects, seven councillors, four departments), a test case and
    letters of both directions with long subjects and parties."""
    with api.env.adopt_roles(["Manager"]):
        applyProfile(site, demo.PROFILE_ID)
        register = site["kancelaria"]["korespondencja"]
        letter = api.content.create(
            container=register,
            type="KancelariaTestCase",
            title="Wniosek o wymianę latarni przy ulicy Wojska Polskiego i Katowickiej",
        )
        routing.route(letter, ["WOIK", "WKSP"], "Do odpowiedzi")
        incoming = api.content.create(
            container=register,
            type="IncomingLetter",
            title="Wniosek o wymianę latarni przy ulicy Wojska Polskiego i Katowickiej",
            sender_name="Stowarzyszenie Mieszkańców Osiedla Chropaczów-Południe",
            sender_organisation="Rada Dzielnicy Chropaczów",
            kind="public_information",
        )
        routing.route(incoming, ["WOIK", "WKSP"], "Do odpowiedzi")
        api.content.create(
            container=register,
            type="OutgoingLetter",
            title="Gratulacje z okazji jubileuszu pięćdziesięciolecia działalności klubu",
            recipients=[
                {"name": "Klub Sportowy Naprzód Lipiny", "organisation": "Zarząd Klubu"},
                {"name": "Miejski Ośrodek Sportu i Rekreacji w Świętochłowicach"},
            ],
            kind="jubilee",
            signatory="prezydent",
        )
    transaction.commit()
    return site


PAGES = (
    # (name, user, path, the listing, its columns a person reads on every row)
    (
        "interpelacje-anonymous",
        None,
        "interpelacje",
        ".kancelaria-interpellations-table",
        ("signature", "subject", "received", "deadline", "state"),
    ),
    (
        "interpelacje-clerk",
        "clerk",
        "interpelacje",
        ".kancelaria-interpellations-table",
        ("signature", "subject", "received", "deadline", "state"),
    ),
    (
        "korespondencja-clerk",
        "clerk",
        "kancelaria/korespondencja",
        ".kancelaria-letters",
        (
            "signature",
            "incoming-number",
            "direction",
            "subject",
            "party",
            "kind",
            "state",
            "departments",
            "received",
            "deadline",
        ),
    ),
    (
        "korespondencja-woik",
        "woik",
        "kancelaria/korespondencja",
        ".kancelaria-letters",
        ("signature", "subject", "party", "state", "departments", "received", "deadline"),
    ),
    (
        "register-clerk",
        "clerk",
        "kancelaria/korespondencja/@@register",
        ".kancelaria-cases",
        ("signature", "subject", "departments", "received", "deadline", "state"),
    ),
    (
        "terminy-clerk",
        "clerk",
        "kancelaria/@@terminy",
        ".kancelaria-deadlines-table",
        ("deadline", "signature", "subject", "departments", "state"),
    ),
)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name,user,path,listing,columns", PAGES, ids=[p[0] for p in PAGES])
def test_listing_fits(sized_page, portal_url, demo_site, width, name, user, path, listing, columns):
    page = sized_page(width)
    if user:
        login(page, portal_url, user)
    page.goto(f"{portal_url}/{path}")
    table = page.locator(listing)
    expect(table).to_be_visible()
    shot(page, "registers", f"{name}-{width}")

    scroll_width, window = page.evaluate(
        "() => [document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= window, "the page scrolls sideways"
    assert page.evaluate(CUT_OFF, listing) == []
    rows = table.locator("tbody tr")
    assert rows.count() > 0
    for index in range(rows.count()):
        row = rows.nth(index)
        for column in columns:
            cell = row.locator(f"td.kancelaria-{column}")
            if "kancelaria-blank" not in (cell.get_attribute("class") or ""):
                expect(cell).to_be_visible()
                box = cell.bounding_box()
                assert 0 <= box["x"] and box["x"] + box["width"] <= window, (column, box)
    if width < 500:  # cards: each value says what it is
        label = rows.first.locator("td.kancelaria-signature")
        assert (
            page.evaluate(
                "(el) => getComputedStyle(el, '::before').content", label.element_handle()
            )
            == f'"{pl("Signature")}"'
        )
