"""An issue: its number N/YEAR (proposed, unique in its year), its PDF, publishing."""

from datetime import date
from kancelaria.case.errors import CaseInputError
from plone import api
from tests.bulletin.conftest import pdf
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified

import pytest


def test_the_next_number_is_proposed_per_year(issue):
    first = issue(issue_date=date(2026, 1, 10))
    second = issue(issue_date=date(2026, 2, 10))
    other_year = issue(issue_date=date(2025, 12, 10))
    assert (first.number, second.number, other_year.number) == ("1/2026", "2/2026", "1/2025")


def test_a_number_its_year_has_is_refused_naming_number(issue):
    issue(number="5/2026")
    with pytest.raises(CaseInputError) as error:
        issue(number="5/2026")
    assert error.value.field == "number"


def test_a_number_is_given_as_number_slash_year(issue):
    with pytest.raises(Exception) as error:
        issue(number="piąty")
    assert "number" in str(error.value)


def test_publishing_needs_the_pdf(issue):
    draft = issue(with_pdf=False)
    with pytest.raises(CaseInputError) as error, api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=draft, transition="publish")
    assert error.value.field == "file"
    assert api.content.get_state(draft) == "private"


def test_the_issue_is_a_pdf(issue):
    obj = issue(with_pdf=False)
    obj.file = pdf("plan.pdf", b"not a pdf at all")
    with pytest.raises(CaseInputError) as error:
        modified(obj, Attributes(None, "file"))
    assert error.value.field == "file"


def test_the_add_form_proposes_the_next_number(portal, issue):
    from kancelaria import clock
    from plone.app.testing import login

    year = clock.today().year
    issue(issue_date=date(year, 1, 5))
    login(portal, "press")
    html = portal["biuletyn"].restrictedTraverse("++add++BulletinIssue")()
    assert f'value="2/{year}"' in html
