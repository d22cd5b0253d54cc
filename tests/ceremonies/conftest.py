"""Ceremonies made the way the office makes them, and their tasks."""

from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from plone import api
from tests.meetings.conftest import make_directive

import pytest
import transaction


def ceremony_start(days_ahead=10):
    """Noon in Warsaw ``days_ahead`` days from today."""
    day = clock.today() + timedelta(days=days_ahead)
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=clock.zone())


def make_ceremony(container, state="planned", title="Święto Niepodległości", **fields):
    fields.setdefault("start", ceremony_start())
    fields.setdefault("place", "Plac Wolności")
    fields.setdefault("kind", "state_holiday")
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="Ceremony", title=title, **fields)
        if state == "held":
            api.content.transition(obj=obj, transition="hold")
    assert api.content.get_state(obj) == state
    return obj


@pytest.fixture
def kalendarz(portal):
    return portal["kancelaria"]["kalendarz"]


@pytest.fixture
def ceremony(kalendarz):
    def make(state="planned", **fields):
        return make_ceremony(kalendarz, state, **fields)

    return make


@pytest.fixture
def task():
    def make(ceremony, state="issued", **fields):
        return make_directive(ceremony, state, **fields)

    return make


@pytest.fixture
def fceremony(fportal):
    def make(state="planned", **fields):
        obj = make_ceremony(fportal["kancelaria"]["kalendarz"], state, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def ftask():
    def make(ceremony, state="issued", **fields):
        obj = make_directive(ceremony, state, **fields)
        transaction.commit()
        return obj

    return make
