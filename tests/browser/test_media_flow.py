"""Commissioned research in Chromium, through the Polish site.

The office has ordered a public-opinion study and recorded its delivered report (the PDF)
over REST. The press office finds it on its desk (“Przekazane badania do publikacji”),
writes the summary for the public and publishes it; an anonymous visitor finds it on
``/media`` with its summary, opens it and downloads the PDF. The public pages pass axe-core.
"""

from .axe import blocking_violations
from .helpers import login
from .helpers import pl
from .helpers import shot
from playwright.sync_api import expect
from tests.browser.test_interpellation_flow import state_menu
from tests.bulletin.conftest import PDF
from tests.conftest import Client

import base64
import pytest

NAME = "media"
TITLE = "Badanie opinii mieszkańców o komunikacji miejskiej"
SUMMARY = "Sześciu na dziesięciu mieszkańców dobrze ocenia komunikację miejską."


@pytest.fixture
def delivered(site, portal_url):
    """The office's order, ordered and delivered over REST with its PDF."""
    clerk = Client(portal_url, "clerk")
    made = clerk.post(
        "media",
        json={
            "@type": "ResearchOrder",
            "title": TITLE,
            "kind": "opinion_research",
            "contractor": "Pracownia Badań Społecznych sp. z o.o.",
            "cost": "24600.00",
            "order_date": "2026-03-02",
            "due_date": "2026-05-29",
        },
    )
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    assert clerk.post(f"{url}/@workflow/order").status_code == 200
    report = {
        "data": base64.b64encode(PDF).decode(),
        "encoding": "base64",
        "filename": "raport-komunikacja.pdf",
        "content-type": "application/pdf",
    }
    patched = clerk.patch(url, json={"report": report, "delivery_date": "2026-05-20"})
    assert patched.status_code == 204, patched.text
    assert clerk.post(f"{url}/@workflow/deliver").status_code == 200
    return url


@pytest.mark.browser
def test_press_office_publishes_delivered_research_anonymous_finds_it(
    delivered, new_page, portal_url, tmp_path
):
    press = login(new_page(), portal_url, "press")
    press.goto(f"{portal_url}/kancelaria")
    queue = press.locator("#queue-research_to_publish")
    expect(queue).to_contain_text(pl("queue_research_to_publish"))
    queue.get_by_role("link", name=TITLE).click()
    assert press.url.split("?")[0].rstrip("/") == delivered
    shot(press, NAME, 1)
    press.goto(f"{delivered}/edit")
    expect(press.locator("h1")).to_contain_text(pl("Edit the research order"))
    press.locator("#form-widgets-summary").fill(SUMMARY)
    press.locator("#form-buttons-save").click()
    expect(press.locator(".kancelaria-research-summary")).to_have_text(SUMMARY)
    state_menu(press, "Opublikuj")
    expect(press.locator("#plone-contentmenu-workflow")).to_contain_text("Opublikowany")
    shot(press, NAME, 2)

    visitor = new_page()
    visitor.goto(f"{portal_url}/media")
    item = visitor.locator(".kancelaria-media-item", has_text=TITLE)
    expect(item).to_contain_text(SUMMARY)
    expect(item).to_contain_text(pl("Public-opinion research"))
    expect(item.get_by_role("link", name=pl("Download the report"))).to_be_visible()
    assert blocking_violations(visitor) == []
    shot(visitor, NAME, 3)
    item.get_by_role("link", name=TITLE).click()
    assert visitor.url.split("?")[0].rstrip("/") == delivered
    expect(visitor.locator(".kancelaria-research")).to_contain_text(
        "Pracownia Badań Społecznych sp. z o.o."
    )
    expect(visitor.locator(".kancelaria-research-notes")).to_have_count(0)
    assert blocking_violations(visitor) == []
    with visitor.expect_download() as download:
        visitor.locator(".kancelaria-download").click()
    saved = tmp_path / "raport.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes() == PDF
