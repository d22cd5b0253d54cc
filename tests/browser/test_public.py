"""The public site as a resident sees it, in the Polish site, in Chromium: the office's name
and mark, the footer with its contact data, the BIP and the accessibility declaration;
news with their dates; an interpellation in every public state (a late answer says so, the
change register lists the answer's publication); empty registers saying so; a phone-size
screen; and axe-core on every public page type with no violation of impact serious or
critical."""

from kancelaria import public
from playwright.sync_api import expect
from tests.browser import public_site
from tests.browser.axe import blocking_violations
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.gallery.conftest import make_gallery
from tests.press import public_press

import pytest
import re
import transaction

NAME = "public"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def content(site):
    made = public_site.fill(site)
    gallery = make_gallery(site, state="published")
    transaction.commit()
    made["gallery"] = "/" + "/".join(gallery.getPhysicalPath()[2:])
    return made


@pytest.fixture
def press(site):
    return public_press.fill(site)


def public_pages(content):
    """(screenshot name, path) of every public page type."""
    items = content["items"]
    pages = [
        ("home", ""),
        ("news", "/aktualnosci"),
        ("news-item", f"/aktualnosci/{content['news'][0].getId()}"),
        ("register", "/interpelacje"),
    ]
    pages += [
        (f"interpellation-{key}", f"/interpelacje/{obj.getId()}") for key, obj in items.items()
    ]
    pages += [
        ("patronage", "/patronaty"),
        ("bulletin", "/biuletyn"),
        ("bulletin-issue", f"/biuletyn/{content['issue'].getId()}"),
        ("reports", "/sprawozdania"),
        ("report", f"/sprawozdania/{content['report'].getId()}"),
        ("contact", "/kontakt"),
        ("declaration", "/deklaracja-dostepnosci"),
        ("sitemap", "/mapa-strony"),
        ("mayors-calendar", "/kalendarz-prezydenta"),
        ("appointment", "/" + "/".join(content["appointment"].getPhysicalPath()[2:])),
        ("gallery", content["gallery"]),
        ("search", "/@@search?SearchableText=o%C5%9Bwietlenia"),
        ("login", "/login"),
    ]
    return pages


@pytest.mark.browser
def test_axe_on_every_public_page(content, press, new_page, portal_url):
    page = new_page()
    found = {}
    for name, path in public_pages(content) + public_press.pages(press):
        response = page.goto(portal_url + path)
        assert response.status == 200, f"{path}: {response.status}"
        expect(page.locator("#portal-footer-wrapper")).to_be_visible()
        shot(page, NAME, f"axe-{name}")
        violations = blocking_violations(page)
        if violations:
            found[path or "/"] = violations
    assert found == {}, "axe: serious or critical violations on public pages"


@pytest.mark.browser
def test_phone_size_home_and_interpellation(content, new_page, portal_url):
    page = new_page(PHONE)
    late = content["items"]["answered-late"]
    for name, path in (("home", ""), ("interpellation", f"/interpelacje/{late.getId()}")):
        page.goto(portal_url + path)
        expect(page.locator("#portal-logo")).to_contain_text(public.OFFICE_NAME)
        expect(page.locator("#portal-footer-wrapper")).to_contain_text("32 3491 826")
        # Nothing wider than the phone: no sideways scrolling.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path or '/'} is {width}px wide on a 390px screen"
        shot(page, NAME, f"phone-{name}")
        assert blocking_violations(page) == [], f"axe on a phone: {path or '/'}"


@pytest.mark.browser
def test_identity_footer_and_declaration(site, content, new_page, portal_url):
    page = new_page()
    page.goto(portal_url)
    logo = page.locator("#portal-logo")
    expect(logo).to_contain_text(public.OFFICE_NAME)
    expect(logo).to_contain_text("Urząd Miejski w Świętochłowicach")
    expect(logo.locator("img")).to_have_attribute("src", f"{portal_url}/@@site-logo/logo.svg")
    assert "Plone" not in logo.inner_text()
    expect(page).to_have_title(public.OFFICE_NAME)

    footer = page.locator("#portal-footer-wrapper")
    expect(footer).to_contain_text("pokój 6")
    expect(footer.get_by_role("link", name="32 3491 826")).to_have_attribute(
        "href", "tel:+48323491826"
    )
    expect(footer.get_by_role("link", name="kpm@swietochlowice.pl")).to_have_attribute(
        "href", "mailto:kpm@swietochlowice.pl"
    )
    expect(
        footer.get_by_role("link", name=pl("Public Information Bulletin (BIP)"))
    ).to_have_attribute("href", "https://bip.swietochlowice.pl")
    expect(footer.get_by_role("link", name=pl("Contact"), exact=True)).to_have_attribute(
        "href", f"{portal_url}/kontakt"
    )
    shot(page, NAME, "footer")

    footer.get_by_role("link", name=pl("Accessibility declaration")).click()
    expect(page).to_have_url(f"{portal_url}/deklaracja-dostepnosci")
    title = site["deklaracja-dostepnosci"].Title()  # in the site's language at install
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    text = page.locator("#content-core")
    # The model of the act of 4 April 2019: body, dates, status, what is not accessible,
    # how it was prepared, feedback, the complaint procedure, the building.
    expect(text).to_contain_text("ustawą z dnia 4 kwietnia 2019 r.")
    for heading in (
        "Stan dostępności cyfrowej",
        "Treści niedostępne",
        "Przygotowanie deklaracji",
        "Informacje zwrotne i dane kontaktowe",
        "Procedura wnioskowo-skargowa",
        "Dostępność architektoniczna",
    ):
        expect(text.get_by_role("heading", name=heading)).to_be_visible()
    expect(text.locator("#a11y-data-publikacja")).to_have_text(re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    assert "{date}" not in text.inner_text()
    shot(page, NAME, "declaration")


@pytest.mark.browser
def test_news_show_their_dates(content, new_page, portal_url):
    page = new_page()
    page.goto(f"{portal_url}/aktualnosci")
    first, second = content["news"]
    # Polish dates, as everywhere people read (Plone's date formats: kancelaria.formats).
    dates = [item.effective().strftime("%d.%m.%Y") for item in (first, second)]
    entries = page.locator(".kancelaria-publication")
    expect(entries).to_have_count(2)
    for index, (item, date) in enumerate(zip((first, second), dates, strict=True)):  # newest first
        expect(entries.nth(index)).to_contain_text(item.Title())
        expect(entries.nth(index).locator("time")).to_contain_text(date)
    shot(page, NAME, "news-list")

    page.goto(portal_url)
    expect(page.locator(".kancelaria-news li").first.locator("time")).to_contain_text(dates[0])

    page.get_by_role("link", name=first.Title()).first.click()
    published = page.locator(".kancelaria-published")
    expect(published).to_contain_text(pl("Published"))
    expect(published.locator(".kancelaria-published-date")).to_contain_text(dates[0])
    shot(page, NAME, "news-item")


@pytest.mark.browser
def test_late_answer_and_change_register(content, new_page, portal_url):
    page = new_page()
    late = content["items"]["answered-late"]
    page.goto(late.absolute_url())
    note = page.locator(".kancelaria-late-answer")
    expect(note).to_contain_text("Odpowiedź udzielona po terminie")
    expect(note).to_contain_text(late.deadline.isoformat())
    expect(note).to_contain_text(late.answer_date.isoformat())
    days = (late.answer_date - late.deadline).days
    expect(note).to_contain_text(f"dni po terminie: {days})")
    # The change register lists the answer's publication.
    changes = page.locator(".kancelaria-changes")
    expect(changes.locator("tbody tr").first).to_contain_text(pl("Answer approved and published"))
    expect(changes).to_contain_text(pl("Question published"))
    shot(page, NAME, "late-answer")

    on_time = content["items"]["answered"]
    page.goto(on_time.absolute_url())
    expect(page.locator(".kancelaria-answer")).to_be_visible()
    expect(page.locator(".kancelaria-late-answer")).to_have_count(0)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["patronaty", "biuletyn", "sprawozdania"])
def test_empty_registers_say_so(site, new_page, portal_url, path):
    page = new_page()
    page.goto(f"{portal_url}/{path}")
    empty = page.locator("#content .kancelaria-empty")
    expect(empty).to_have_text(pl("Nothing has been published here yet."))
    # What will appear there: the register's description, above the text.
    expect(page.locator("#content p.lead")).to_have_text(site[path].Description())
    assert pl("There are no items here yet.") not in page.locator("#content").inner_text()
    shot(page, NAME, f"empty-{path}")
