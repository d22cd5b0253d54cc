"""The public site's pages of issue 11 in Chromium, in the Polish site: an anonymous visitor
reads /kontakt (the office's data, the same as the footer's) and the home page; the public
pages fit a 375 px phone; the press office makes a gallery, adds a photo and publishes it,
and a visitor finds it on the home page and opens the photo's large size."""

from playwright.sync_api import expect
from plone import api
from tests.browser import public_site
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot
from tests.gallery.conftest import PNG

import pytest
import re
import transaction

NAME = "public-pages"
PHONE = {"width": 375, "height": 812}


def text(locator):
    return " ".join(locator.inner_text().split())


@pytest.mark.browser
def test_anonymous_reads_the_contact_page(site, new_page, portal_url):
    page = new_page()
    page.goto(portal_url)
    page.locator("#portal-footer-wrapper").get_by_role(
        "link", name=pl("Contact"), exact=True
    ).click()
    expect(page).to_have_url(f"{portal_url}/kontakt")
    expect(page.get_by_role("heading", level=1)).to_have_text(site["kontakt"].Title())
    data = page.locator("#content .kancelaria-contact-data")
    for value in ("Kancelaria Prezydenta Miasta", "Urząd Miejski w Świętochłowicach", "pokój 6"):
        expect(data).to_contain_text(value)
    expect(data.get_by_role("link", name="32 3491 826")).to_have_attribute(
        "href", "tel:+48323491826"
    )
    expect(data.get_by_role("link", name="kpm@swietochlowice.pl")).to_have_attribute(
        "href", "mailto:kpm@swietochlowice.pl"
    )
    # The page and the footer say the same.
    assert text(data) == text(page.locator(".kancelaria-footer-contact"))
    expect(page.get_by_role("heading", name="Zakres działania")).to_be_visible()
    expect(page.locator("#content")).to_contain_text("honorowe patronaty i tytuły")
    expect(page.get_by_role("link", name=pl("Ask for an appointment"))).to_have_attribute(
        "href", f"{portal_url}/kontakt/@@umow-spotkanie"
    )
    shot(page, NAME, "contact")


@pytest.mark.browser
def test_anonymous_reads_the_home_page(site, new_page, portal_url):
    public_site.fill(site)
    page = new_page()
    page.goto(portal_url)
    content = page.locator("#content")
    expect(content).to_contain_text("Kancelaria Prezydenta Miasta wspomaga obieg dokumentów")
    expect(content.get_by_role("heading", name=pl("News"))).to_be_visible()
    expect(content.locator(".kancelaria-news li")).to_have_count(2)
    for path in ("interpelacje", "patronaty", "biuletyn", "sprawozdania", "kontakt"):
        expect(content.locator(f'a[href="{portal_url}/{path}"]').first).to_be_visible()
    expect(content.get_by_role("link", name=pl("Check the status of a case"))).to_have_attribute(
        "href", f"{portal_url}/sprawdz-sprawe"
    )
    aside = page.locator(".kancelaria-home aside")
    assert text(aside.locator(".kancelaria-contact-data")) == text(
        page.locator(".kancelaria-footer-contact")
    )
    shot(page, NAME, "home")
    # The site map, from the footer.
    page.locator("#portal-footer-wrapper").get_by_role("link", name=pl("Site map")).click()
    expect(page).to_have_url(f"{portal_url}/mapa-strony")
    expect(page.get_by_role("heading", level=1)).to_have_text(pl("Site map"))
    expect(page.locator("#content-core")).to_contain_text("Nowe latarnie na ulicy Polnej")
    shot(page, NAME, "sitemap")


@pytest.mark.browser
def test_public_pages_fit_a_phone(site, new_page, portal_url):
    content = public_site.fill(site)
    late = content["items"]["answered-late"]
    page = new_page(PHONE)
    for name, path in (
        ("home", ""),
        ("contact", "/kontakt"),
        ("news", "/aktualnosci"),
        ("news-item", f"/aktualnosci/{content['news'][0].getId()}"),
        ("register", "/interpelacje"),
        ("interpellation", f"/interpelacje/{late.getId()}"),
        ("media", "/media"),
        ("research", f"/media/{content['research'].getId()}"),
        ("sitemap", "/mapa-strony"),
        ("mayors-calendar", "/kalendarz-prezydenta"),
        ("appointment-request", "/kontakt/@@umow-spotkanie"),
    ):
        response = page.goto(portal_url + path)
        assert response.status == 200, path
        # The header fits: the mark and the name are on the screen.
        box = page.locator("#portal-logo").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], path
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path or '/'} is {width}px wide on a 375px screen"
        shot(page, NAME, f"phone-{name}")


@pytest.mark.browser
def test_press_office_publishes_a_gallery(site, new_page, portal_url, tmp_path):
    press = login(new_page(), portal_url, "press")
    # The record names staff by their full name.
    transaction.abort()  # the server wrote since (the login): start from there
    api.user.get(username="press").setMemberProperties({"fullname": "Ewa Rzeczniczka"})
    transaction.commit()
    press.goto(f"{portal_url}/kancelaria/prasa/++add++Gallery")
    press.fill("#form-widgets-IBasic-title", "Otwarcie parku przy ul. Polnej")
    press.select_option("#form-widgets-kind", "investment")
    press.fill("#form-widgets-place", "Park przy ul. Polnej")
    press.fill("#form-widgets-tags", "park\ninwestycje")
    shot(press, NAME, "gallery-add")
    press.click("#form-buttons-save")
    expect(press.get_by_role("heading", level=1)).to_have_text("Otwarcie parku przy ul. Polnej")
    gallery_url = re.sub(r"/(view)?$", "", press.url.split("?")[0])
    # A photo, with what it shows.
    photo = tmp_path / "park.png"
    photo.write_bytes(PNG)
    press.goto(f"{gallery_url}/++add++Image")
    shot(press, NAME, "image-add")
    press.fill("#form-widgets-title", "Nowe latarnie w parku")
    press.fill("#form-widgets-description", "Latarnie wzdłuż alejki w parku")
    press.set_input_files("input[type=file][name='form.widgets.image']", str(photo))
    press.click("#form-buttons-save")
    expect(press.locator(".portalMessage.error")).to_have_count(0)
    press.goto(gallery_url)
    expect(press.locator(".kancelaria-thumbnails img")).to_have_count(1)
    # Publish.
    press.click("#plone-contentmenu-workflow > a")
    press.click("#workflow-transition-publish")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text(pl("Published", "plone"))
    shot(press, NAME, "gallery-published")

    visitor = new_page()
    visitor.goto(portal_url)
    visitor.get_by_role("link", name="Otwarcie parku przy ul. Polnej").click()
    expect(visitor).to_have_url(re.compile(re.escape(gallery_url) + r"/?$"))
    expect(visitor.locator("#personaltools-login")).to_be_visible()
    image = visitor.locator(".kancelaria-thumbnails img")
    expect(image).to_have_attribute("alt", "Latarnie wzdłuż alejki w parku")
    assert visitor.evaluate("document.querySelector('.kancelaria-thumbnails img').naturalWidth") > 0
    record = visitor.locator(".kancelaria-record")
    expect(record.locator(".kancelaria-publication-publish")).to_contain_text("Ewa Rzeczniczka")
    shot(visitor, NAME, "gallery-anonymous")
    with visitor.expect_response(re.compile(r"@@images/image/large")) as large:
        image.click()
    assert large.value.status == 200
    assert large.value.headers["content-type"].startswith("image/")
