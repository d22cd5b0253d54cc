"""Patronage applications made the way an organiser and the office make them, in any state."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.case.ratelimit import LIMITER
from plone import api

import pytest
import transaction


def application(**fields):
    """A valid application body (as ``@apply`` takes it)."""
    start = clock.today() + timedelta(days=45)
    body = {
        "title": "Bieg Uliczny Świętochłowic",
        "request_kind": "patronage",
        "organiser_name": "Fundacja Aktywne Miasto",
        "organiser_type": "ngo",
        "organiser_address": "ul. Parkowa 3\n41-600 Świętochłowice",
        "contact_person": "Zofia Prywatna",
        "contact_email": "zofia.prywatna@example.org",
        "contact_phone": "+48 600 100 200",
        "description": "Bieg na 10 km ulicami miasta.",
        "event_start": start.isoformat(),
        "event_end": (start + timedelta(days=1)).isoformat(),
        "place": "Park Heiloo",
        "participants": 300,
        "commercial": False,
        "fundraising": False,
    }
    body.update(fields)
    return body


#: The transitions that bring a new application to each state.
STEPS = {
    "submitted": [],
    "under_review": [("review", "")],
    "granted": [("review", ""), ("grant", "Wydarzenie promuje aktywność mieszkańców.")],
    "refused": [("review", ""), ("refuse", "Wydarzenie ma charakter komercyjny.")],
}
STEPS["settled"] = [*STEPS["granted"], ("settle", "")]


def make_patronage(container, state="submitted", **fields):
    from kancelaria.patronage import apply

    body = application(**fields)
    app = apply.read(body)
    assert not app.errors, app.errors
    obj = apply.create(app, container)
    with api.env.adopt_roles(["Manager", "Approver"]):
        for transition, comment in STEPS[state]:
            if transition == "settle":
                obj.report_text = "Bieg się odbył, 280 uczestników."
            api.content.transition(obj=obj, transition=transition, comment=comment)
    assert api.content.get_state(obj) == state
    return obj


@pytest.fixture(autouse=True)
def fresh_limits():
    LIMITER.reset()
    yield
    LIMITER.reset()


@pytest.fixture
def patronage(portal):
    def make(state="submitted", **fields):
        return make_patronage(portal["patronaty"], state, **fields)

    return make


@pytest.fixture
def fpatronage(fportal):
    def make(state="submitted", **fields):
        obj = make_patronage(fportal["patronaty"], state, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def polish(fportal):
    """The site in Polish (its default language), as the office runs it."""
    api.portal.set_registry_record("plone.default_language", "pl")
    transaction.commit()
    yield
    api.portal.set_registry_record("plone.default_language", "en")
    transaction.commit()
