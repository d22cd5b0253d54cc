"""Appointments made the way the secretariat makes them, in any state."""

from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from plone import api

import pytest

KALENDARZ = "kancelaria/kalendarz"


def at(days=0, hour=10, minute=0):
    """``hour``:``minute`` in Warsaw, ``days`` from the office's today."""
    day = clock.today() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=clock.zone())


def make_appointment(portal, state="internal", title="Spotkanie z mieszkańcami", **fields):
    fields.setdefault("start", at(1))
    fields.setdefault("place", "Gabinet Prezydenta, pok. 101")
    fields.setdefault("officials", ["prezydent"])
    fields.setdefault("participants", "Rada Osiedla Lipiny: Jan Tajny")
    fields.setdefault("notes", "Poufna notatka sekretariatu")
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=portal["kancelaria"]["kalendarz"],
            type="Appointment",
            title=title,
            **fields,
        )
        if state == "public":
            api.content.transition(obj=obj, transition="publish")
        if state == "cancelled":
            api.content.transition(obj=obj, transition="call_off", comment="Choroba")
    assert api.content.get_state(obj) == state
    return obj


@pytest.fixture
def kalendarz(portal):
    return portal["kancelaria"]["kalendarz"]


@pytest.fixture
def appointment(portal):
    def make(state="internal", **fields):
        return make_appointment(portal, state, **fields)

    return make
