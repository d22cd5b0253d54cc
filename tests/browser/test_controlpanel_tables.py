"""The settings' per-type and per-kind tables: rows named as the office names them (no
internal keys), saved as the dicts the REST API gives (``@controlpanels/kancelaria``)."""

from playwright.sync_api import expect
from tests.browser.helpers import login
from tests.browser.helpers import pl
from tests.browser.helpers import shot

import pytest

NAME = "controlpanel-tables"
INTERNAL = ("Interpellation", "KancelariaTestCase", "committee_motion", "interpellation")


def row(page, table_id, title):
    return page.locator(f"#{table_id} tbody tr").filter(
        has=page.get_by_role("rowheader", name=title, exact=True)
    )


@pytest.mark.browser
def test_types_and_kinds_by_name(new_page, portal_url, site_admin, client):
    page = login(new_page(), portal_url, site_admin)
    page.goto(f"{portal_url}/@@kancelaria-settings")
    types = page.locator("#formfield-form-widgets-type_jrwa")
    kinds = page.locator("#formfield-form-widgets-deadline_days")
    expect(types.get_by_role("columnheader")).to_have_text([pl("Type of case"), pl("JRWA class")])
    expect(kinds.get_by_role("columnheader")).to_have_text([pl("Kind"), pl("Days")])
    for table in (types, kinds):
        for key in INTERNAL:
            expect(table).not_to_contain_text(key)
    for button in ("Add", "Remove selected"):  # the key/value widget's buttons are gone
        expect(types.get_by_role("button", name=pl(button, "z3c.form"))).to_have_count(0)

    interpellation = row(page, "form-widgets-type_jrwa", pl("Interpellation"))
    select = interpellation.get_by_role("combobox")
    expect(select.locator("option:checked")).to_have_text(
        "0003 — Wnioski, interpelacje i zapytania radnych"
    )
    committee = row(page, "form-widgets-deadline_days", pl("Committee motion"))
    expect(committee.get_by_role("spinbutton")).to_have_value("30")
    shot(page, NAME, "1-tables")

    select.select_option(label="0005 — Wnioski mieszkańców do rady gminy")
    committee.get_by_role("spinbutton").fill("21")
    row(page, "form-widgets-deadline_days", pl("Letter")).get_by_role("spinbutton").fill("")
    page.locator("#form-buttons-save").click()
    expect(page.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    expect(committee.get_by_role("spinbutton")).to_have_value("21")
    shot(page, NAME, "2-saved")

    settings = client("admin").get("@controlpanels/kancelaria").json()["data"]
    assert settings["type_jrwa"] == {
        "Interpellation": "0005",
        "KancelariaTestCase": "0002",
        "IncomingLetter": "0140",
        "OutgoingLetter": "0140",
        "Directive": "0012",
        "Patronage": "0712",
    }
    assert settings["deadline_days"] == {
        "interpellation": 14,
        "inquiry": 14,
        "motion": 30,
        "committee_motion": 21,
        "directive": 14,
        "patronage": 14,
    }


@pytest.mark.browser
def test_a_key_no_vocabulary_names_keeps_its_row(new_page, portal_url, site_admin, client):
    """A value set over REST for a kind the product does not name stays when the form saves."""
    response = client("admin").patch(
        "@controlpanels/kancelaria",
        {"deadline_days": {"interpellation": 14, "complaint": 30}},
    )
    assert response.status_code == 204, response.text
    page = login(new_page(), portal_url, site_admin)
    page.goto(f"{portal_url}/@@kancelaria-settings")
    complaint = row(page, "form-widgets-deadline_days", "complaint")
    expect(complaint.get_by_role("spinbutton")).to_have_value("30")
    page.locator("#form-buttons-save").click()
    expect(page.locator(".portalMessage")).to_contain_text(pl("Changes saved", "plone"))
    settings = client("admin").get("@controlpanels/kancelaria").json()["data"]
    assert settings["deadline_days"] == {"interpellation": 14, "complaint": 30}
