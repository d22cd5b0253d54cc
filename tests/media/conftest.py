"""Research orders and broadcasts as the office and the press office make them."""

from datetime import date
from datetime import datetime
from decimal import Decimal
from plone import api
from plone.namedfile.file import NamedBlobFile
from tests.bulletin.conftest import PDF

import pytest
import transaction

#: The states of a research order, in the order the workflow reaches them.
RESEARCH_STEPS = ("planned", "ordered", "delivered", "published")
TRANSITIONS = {"ordered": "order", "delivered": "deliver", "published": "publish"}


def report_pdf(name="raport.pdf", data=PDF):
    return NamedBlobFile(data=data, filename=name, contentType="application/pdf")


def make_research(container, state="planned", **kw):
    """An order brought to ``state`` with what each step needs."""
    fields = {
        "title": "Badanie opinii mieszkańców o komunikacji miejskiej",
        "kind": "opinion_research",
        "scope": "Ankieta telefoniczna, 1000 mieszkańców.",
        "contractor": "Pracownia Badań Społecznych sp. z o.o.",
        "cost": Decimal("24600.00"),
        "order_date": date(2026, 3, 2),
        "due_date": date(2026, 5, 29),
        "notes": "Negocjacje ceny: rabat 10% przy kolejnym zleceniu.",
    }
    steps = RESEARCH_STEPS[: RESEARCH_STEPS.index(state) + 1]
    if "delivered" in steps:
        fields.update(report=report_pdf(), delivery_date=date(2026, 5, 20))
    if "published" in steps:
        fields["summary"] = "Mieszkańcy oceniają komunikację dobrze (62%)."
    fields.update(kw)
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="ResearchOrder", **fields)
        for step in steps[1:]:
            api.content.transition(obj=obj, transition=TRANSITIONS[step])
    return obj


def make_broadcast(container, state="private", **kw):
    fields = {
        "title": "Rozmowa z Prezydentem",
        "description": "Magazyn samorządowy o budżecie obywatelskim.",
        "broadcaster": "Radio Katowice",
        "medium": "radio",
        "air_dates": [datetime(2026, 4, 14, 18, 30)],
        "topics": ["budżet obywatelski"],
        "recording_url": "https://radio.example.pl/audycje/123",
        "cost": Decimal("0"),
    }
    fields.update(kw)
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="Broadcast", **fields)
        if state == "published":
            api.content.transition(obj=obj, transition="publish")
    return obj


@pytest.fixture
def research(portal):
    return lambda **kw: make_research(portal["media"], **kw)


@pytest.fixture
def broadcast(portal):
    return lambda **kw: make_broadcast(portal["media"], **kw)


@pytest.fixture
def fresearch(fportal):
    def make(**kw):
        obj = make_research(fportal["media"], **kw)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def fbroadcast(fportal):
    def make(**kw):
        obj = make_broadcast(fportal["media"], **kw)
        transaction.commit()
        return obj

    return make
