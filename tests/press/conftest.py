"""Press clippings and the press office's news, made the way the press office makes them."""

from datetime import date
from kancelaria import clock
from plone import api

import pytest
import transaction


def make_clipping(container, state="private", title="Ratusz w remoncie", **fields):
    fields.setdefault("medium", "Dziennik Zachodni")
    fields.setdefault("medium_kind", "press")
    fields.setdefault("clipping_date", clock.today())
    if state == "published":
        fields.setdefault("tone", "positive")
        fields.setdefault("summary", "Artykuł o remoncie ratusza.")
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="PressClipping", title=title, **fields)
        if state == "published":
            api.content.transition(obj=obj, transition="publish")
    assert api.content.get_state(obj) == state
    return obj


def make_news(container, state="private", title="Nowy park", **fields):
    """A news item in ``state`` of Plone's review workflow (private, pending, published)."""
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="News Item", title=title, **fields)
        if state in ("pending", "published"):
            api.content.transition(obj=obj, transition="submit")
        if state == "published":
            api.content.transition(obj=obj, transition="publish")
    assert api.content.get_state(obj) == state
    return obj


@pytest.fixture
def prasa(portal):
    return portal["kancelaria"]["prasa"]


@pytest.fixture
def clipping(prasa):
    def make(state="private", **fields):
        return make_clipping(prasa, state, **fields)

    return make


@pytest.fixture
def fclipping(fportal):
    def make(state="private", **fields):
        obj = make_clipping(fportal["kancelaria"]["prasa"], state, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def fnews(fportal):
    def make(state="private", **fields):
        obj = make_news(fportal["aktualnosci"], state, **fields)
        transaction.commit()
        return obj

    return make


NOVEMBER = date(2026, 11, 10)
