"""Limits in the Classic UI add and edit forms: the message on the field, nothing written."""

from kancelaria.testing import PASSWORD
from plone.testing.zope import Browser

import io
import pytest
import re
import transaction


@pytest.fixture
def browser(functional):
    def make(user):
        browser = Browser(functional["app"])
        browser.handleErrors = False
        browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
        return browser

    return make


def field_error(browser, widget_id):
    """The error text shown on one field of the form (empty when none)."""
    match = re.search(
        rf'<div[^>]*id="formfield-{re.escape(widget_id)}".*?(?=<div[^>]*id="formfield-|</form>)',
        browser.contents,
        re.S,
    )
    assert match, widget_id
    errors = re.findall(
        r'class="[^"]*invalid-feedback[^"]*"[^>]*>(.*?)</div>', match.group(0), re.S
    )
    return " ".join(re.sub(r"<[^>]+>", " ", e).strip() for e in errors)


def fill_interpellation(browser, title="Oświetlenie ulicy Polnej", text="<p>Kiedy?</p>"):
    browser.getControl(name="form.widgets.title").value = title
    browser.getControl(name="form.widgets.text").value = text
    browser.getControl(name="form.widgets.councillor:list").value = ["jan-nowak"]


def test_add_form_megabyte_title(browser, fportal):
    clerk = browser("clerk")
    clerk.open(fportal["interpelacje"].absolute_url() + "/++add++Interpellation")
    fill_interpellation(clerk, title="T" * 1024 * 1024)
    clerk.getControl(name="form.buttons.save").click()
    assert "form-widgets-title" in clerk.contents
    assert "1048576" in field_error(clerk, "form-widgets-title")
    transaction.begin()
    assert fportal["interpelacje"].objectIds() == []


def test_add_form_five_megabyte_question(browser, fportal):
    clerk = browser("clerk")
    clerk.open(fportal["interpelacje"].absolute_url() + "/++add++Interpellation")
    fill_interpellation(clerk, text="<p>" + "Pytanie. " * (5 * 1024 * 1024 // 9) + "</p>")
    clerk.getControl(name="form.buttons.save").click()
    assert "at most 200000" in field_error(clerk, "form-widgets-text")
    assert field_error(clerk, "form-widgets-title") == ""
    transaction.begin()
    assert fportal["interpelacje"].objectIds() == []


def test_add_form_accepts_what_fits(browser, fportal):
    clerk = browser("clerk")
    clerk.open(fportal["interpelacje"].absolute_url() + "/++add++Interpellation")
    fill_interpellation(clerk)
    clerk.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert fportal["interpelacje"].objectIds() == ["oswietlenie-ulicy-polnej"]


def test_edit_form_after_a_setting_change(browser, finterpellation, set_limit):
    obj = finterpellation("forwarded")
    set_limit("max_title_length", 20)
    clerk = browser("clerk")
    clerk.open(obj.absolute_url() + "/edit")
    clerk.getControl(name="form.widgets.title").value = "Dwadzieścia jeden zn."
    clerk.getControl(name="form.buttons.save").click()
    assert "at most 20" in field_error(clerk, "form-widgets-title")
    transaction.begin()
    assert obj.title == "Oświetlenie ulicy Polnej"


def test_edit_form_answer_with_control_characters(browser, finterpellation):
    obj = finterpellation("forwarded")
    woik = browser("woik")
    woik.open(obj.absolute_url() + "/edit")
    woik.getControl(name="form.widgets.answer").value = "<p>Odpowiedź\x00</p>"
    woik.getControl(name="form.buttons.save").click()
    assert "control characters" in field_error(woik, "form-widgets-answer")
    transaction.begin()
    assert obj.answer is None


@pytest.mark.parametrize(
    "filename, size, expected",
    [("wirus.exe", 10, "is not accepted"), ("skan.pdf", 1024 * 1024 + 1, "at most 1 MB")],
)
def test_attachment_form(browser, finterpellation, set_limit, filename, size, expected):
    obj = finterpellation("forwarded")
    set_limit("max_attachment_mb", 1)
    clerk = browser("clerk")
    clerk.open(obj.absolute_url() + "/++add++File")
    clerk.getControl(name="form.widgets.file").add_file(
        io.BytesIO(b"x" * size), "application/octet-stream", filename
    )
    clerk.getControl(name="form.buttons.save").click()
    assert expected in field_error(clerk, "form-widgets-file")
    transaction.begin()
    assert obj.objectIds() == []
