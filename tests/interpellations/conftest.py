"""Interpellations made the way the office makes them, in any state of the workflow."""

from kancelaria import clock
from kancelaria.case import routing
from plone import api
from plone.app.textfield.value import RichTextValue

import pytest
import transaction


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def advance(obj, state):
    """Walk ``obj`` from ``registered`` to ``state`` along the workflow."""
    if state == "registered":
        return obj
    routing.route(obj, ["WOIK"], "Do przygotowania odpowiedzi")
    if state == "withdrawn":
        api.content.transition(obj=obj, transition="withdraw")
    if state in ("answer_review", "answered"):
        if not obj.answer:
            obj.answer = html(f"<p>Odpowiedź na {obj.title}</p>")
        api.content.transition(obj=obj, transition="submit_answer")
    if state == "answered":
        api.content.transition(obj=obj, transition="approve_answer")
    assert api.content.get_state(obj) == state
    return obj


def _make(container, state, title, **fields):
    answer = fields.pop("answer", None)
    fields.setdefault("councillor", "jan-nowak")
    fields.setdefault("kind", "interpellation")
    fields.setdefault("text", html(f"<p>Treść: {title}</p>"))
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=container, type="Interpellation", title=title, **fields)
        if answer:  # a draft may be written in any state
            obj.answer = html(answer)
        return advance(obj, state)


def csrf_token(portal, user):
    """The token Plone's forms carry for ``user`` (plone.protect)."""
    from plone.app.testing import login
    from plone.app.testing import logout
    from plone.protect.authenticator import createToken

    login(portal, user)
    try:
        return createToken()
    finally:
        logout()


@pytest.fixture
def interpellation(portal):
    def make(state="registered", title="Oświetlenie ulicy Polnej", **fields):
        return _make(portal["interpelacje"], state, title, **fields)

    return make


@pytest.fixture
def finterpellation(fportal):
    def make(state="registered", title="Oświetlenie ulicy Polnej", **fields):
        obj = _make(fportal["interpelacje"], state, title, **fields)
        transaction.commit()
        return obj

    return make


@pytest.fixture
def today():
    return clock.today()


@pytest.fixture
def register(fportal):
    """``/interpelacje`` filled with the hand-made items of ``register_data``, committed."""
    from tests.interpellations import register_data

    register_data.fill(fportal["interpelacje"])
    transaction.commit()
    return fportal["interpelacje"]
