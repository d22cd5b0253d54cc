"""Appointment requests made the way a resident files them, in any state."""

from kancelaria.case.ratelimit import LIMITER
from plone import api

import pytest
import transaction

RESIDENT_EMAIL = "ewa.mieszkanka@example.org"


def request_body(**fields):
    """A valid request (as ``@appointment-request`` takes it)."""
    body = {
        "title": "Remont chodnika na ul. Polnej",
        "name": "Ewa Mieszkanka",
        "email": RESIDENT_EMAIL,
        "phone": "+48 600 200 300",
        "preferred_dates": "Poniedziałki po 14:00",
        "message": "Chciałabym porozmawiać o remoncie chodnika przed szkołą.",
        "consent": True,
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not None}


def make_request(portal, **fields):
    from kancelaria.appointments import intake

    submission = intake.read(request_body(**fields))
    assert not submission.errors, submission.errors
    return intake.create(submission)


def requests_in(portal):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(portal_type="AppointmentRequest")
    ]


@pytest.fixture(autouse=True)
def fresh_limits():
    LIMITER.reset()
    yield
    LIMITER.reset()


@pytest.fixture
def frequest(fportal):
    """``frequest(**fields)``: a committed request the server can see."""

    def make(**fields):
        obj = make_request(fportal, **fields)
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
