"""Meetings and directives made the way the office makes them, in any state."""

from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import routing
from kancelaria.workflows import directive as directives
from plone import api
from plone.app.textfield.value import RichTextValue

import pytest
import transaction

MINUTES = "<p>Ustalono harmonogram prac nad budżetem.</p>"


def meeting_start(days_ago=1):
    """Ten o'clock in Warsaw ``days_ago`` days ago."""
    day = clock.today() - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=clock.zone())


def make_meeting(container, state="planned", title="Narada kierownictwa", **fields):
    fields.setdefault("start", meeting_start())
    fields.setdefault("place", "Sala sesyjna")
    fields.setdefault("attendees", [{"name": "Jan Prezydent", "function": "Prezydent"}])
    fields.setdefault("agenda", [{"number": "1", "topic": "Budżet 2027"}])
    with api.env.adopt_roles(["Manager", "Approver"]):
        obj = api.content.create(container=container, type="Meeting", title=title, **fields)
        if state in ("held", "minutes_approved"):
            api.content.transition(obj=obj, transition="hold")
        if state == "minutes_approved":
            obj.minutes = RichTextValue(MINUTES, "text/html", "text/x-html-safe")
            api.content.transition(obj=obj, transition="approve_minutes")
    assert api.content.get_state(obj) == state
    return obj


def make_directive(
    meeting, state="issued", departments=("WOIK",), title="Przygotować raport", **fields
):
    with api.env.adopt_roles(["Manager", "Approver"]):
        obj = api.content.create(container=meeting, type="Directive", title=title, **fields)
        if departments:
            routing.route(obj, list(departments), "Do wykonania")
        if state != "issued":
            directives.add_progress(obj, "Rozpoczęto prace", 10)
        if state in ("reported_done", "verified"):
            obj.completion_report = RichTextValue(
                "<p>Raport przekazano.</p>", "text/html", "text/x-html-safe"
            )
            api.content.transition(obj=obj, transition="report_done")
        if state == "verified":
            api.content.transition(obj=obj, transition="verify")
        if state == "cancelled":
            api.content.transition(obj=obj, transition="cancel", comment="Nieaktualne")
    assert api.content.get_state(obj) == state
    return obj


@pytest.fixture
def narady(portal):
    return portal["kancelaria"]["narady"]


@pytest.fixture
def meeting(narady):
    def make(state="planned", **fields):
        return make_meeting(narady, state, **fields)

    return make


@pytest.fixture
def directive():
    def make(meeting, state="issued", **fields):
        return make_directive(meeting, state, **fields)

    return make


@pytest.fixture
def fmeeting(fportal):
    def make(state="planned", **fields):
        obj = make_meeting(fportal["kancelaria"]["narady"], state, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def fdirective():
    def make(meeting, state="issued", **fields):
        obj = make_directive(meeting, state, **fields)
        transaction.commit()
        return obj

    return make
