"""A research order's workflow: what each transition needs (a 400 naming the field on
every way in), the report a real PDF, the dates in order."""

from kancelaria.case.errors import CaseInputError
from plone import api
from tests.media.conftest import report_pdf
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified

import pytest


def _transition(obj, transition):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition=transition)


@pytest.mark.parametrize(
    "missing,transition,state",
    [
        ({"contractor": None}, "order", "planned"),
        ({"order_date": None}, "order", "planned"),
    ],
)
def test_ordering_needs_the_contractor_and_the_date(research, missing, transition, state):
    obj = research(state=state, **missing)
    with pytest.raises(CaseInputError) as error:
        _transition(obj, transition)
    assert error.value.field == next(iter(missing))
    assert api.content.get_state(obj) == "planned"


def test_a_joint_analysis_names_its_partners(research):
    obj = research(kind="joint_analysis", partners=[])
    with pytest.raises(CaseInputError) as error:
        _transition(obj, "order")
    assert error.value.field == "partners"
    obj.partners = ["Urząd Wojewódzki w Katowicach", "poseł Jan Kowalski"]
    _transition(obj, "order")
    assert api.content.get_state(obj) == "ordered"


@pytest.mark.parametrize("field", ["report", "delivery_date"])
def test_delivery_needs_the_report_and_its_date(research, field):
    obj = research(state="ordered")
    obj.report = report_pdf()
    obj.delivery_date = obj.due_date
    setattr(obj, field, None)
    with pytest.raises(CaseInputError) as error:
        _transition(obj, "deliver")
    assert error.value.field == field
    assert api.content.get_state(obj) == "ordered"


def test_publishing_needs_the_summary(research):
    obj = research(state="delivered")
    with pytest.raises(CaseInputError) as error:
        _transition(obj, "publish")
    assert error.value.field == "summary"
    obj.summary = "Wyniki w skrócie."
    _transition(obj, "publish")
    assert api.content.get_state(obj) == "published"


def test_retract_takes_it_back_to_delivered(research):
    obj = research(state="published")
    _transition(obj, "retract")
    assert api.content.get_state(obj) == "delivered"


def test_the_report_is_a_pdf(research):
    obj = research(state="ordered")
    obj.report = report_pdf("raport.pdf", b"GIF89a not a pdf")
    with pytest.raises(CaseInputError) as error:
        modified(obj, Attributes(None, "report"))
    assert error.value.field == "report"


def test_delivery_before_the_order_is_refused(research):
    from datetime import date

    obj = research(state="ordered")
    obj.delivery_date = date(2026, 1, 1)
    with pytest.raises(CaseInputError) as error:
        modified(obj, Attributes(None, "delivery_date"))
    assert error.value.field == "delivery_date"


def test_media_takes_research_orders_and_broadcasts_only(portal):
    from plone.app.testing import login

    login(portal, "clerk")
    allowed = {fti.getId() for fti in portal["media"].allowedContentTypes()}
    assert allowed == {"ResearchOrder", "Broadcast"}
