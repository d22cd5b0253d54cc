"""Issuing a directive in the Classic UI: its departments and deadline in the add form, as
over REST — routed at once (the department's e-mail), a deadline before the meeting shown
on its field with nothing written."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.testing import PASSWORD
from plone import api
from plone.testing.zope import Browser

import pytest
import transaction


@pytest.fixture
def clerk(functional):
    browser = Browser(functional["app"])
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic clerk:{PASSWORD}")
    return browser


def open_form(clerk, meeting):
    clerk.open(meeting.absolute_url() + "/++add++Directive")
    clerk.getControl(name="form.widgets.title").value = "Przygotować plan remontów"


def test_issue_with_departments_and_deadline(clerk, fmeeting, smtp):
    meeting = fmeeting("held")
    open_form(clerk, meeting)
    deadline = clock.today() + timedelta(days=20)
    clerk.getControl(name="form.widgets.issued_departments:list").value = ["WOIK"]
    clerk.getControl(name="form.widgets.issued_deadline").value = deadline.isoformat()
    clerk.getControl(name="form.buttons.save").click()
    transaction.begin()
    (directive,) = [o for o in meeting.objectValues() if o.portal_type == "Directive"]
    assert directive.departments == ["WOIK"]
    assert directive.deadline == deadline
    assert clerk.url == directive.absolute_url() + "/view"
    assert "dept-woik" in {
        group for group, roles in directive.get_local_roles() if "DepartmentWorker" in roles
    }
    assert [m["to"] for m in smtp] == [["woik@example.org"]]


def test_issue_without_departments_goes_on_to_routing(clerk, fmeeting):
    meeting = fmeeting("held")
    open_form(clerk, meeting)
    clerk.getControl(name="form.buttons.save").click()
    transaction.begin()
    (directive,) = [o for o in meeting.objectValues() if o.portal_type == "Directive"]
    assert directive.departments == []
    assert clerk.url == directive.absolute_url() + "/@@route"
    assert api.content.get_state(directive) == "issued"


def test_deadline_before_the_meeting_is_shown_on_its_field(clerk, fmeeting):
    meeting = fmeeting("held")
    open_form(clerk, meeting)
    day = meeting.start.astimezone(clock.zone()).date() - timedelta(days=1)
    clerk.getControl(name="form.widgets.issued_deadline").value = day.isoformat()
    clerk.getControl(name="form.widgets.issued_departments:list").value = ["WOIK"]
    clerk.getControl(name="form.buttons.save").click()
    assert "form-widgets-issued_deadline" in clerk.contents
    assert day.isoformat() in clerk.contents
    transaction.begin()
    assert [o for o in meeting.objectValues() if o.portal_type == "Directive"] == []
