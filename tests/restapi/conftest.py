"""Functional fixtures: the portal behind the real WSGI server, cases made and committed."""

from plone import api

import pytest
import transaction


@pytest.fixture
def fportal(functional):
    return functional["portal"]


@pytest.fixture
def fcase(fportal):
    """``fcase(title)`` — a committed test case the server can see."""

    def make(title="Pismo w sprawie", **fields):
        with api.env.adopt_roles(["Manager"]):
            obj = api.content.create(
                container=fportal["kancelaria"]["korespondencja"],
                type="KancelariaTestCase",
                title=title,
                **fields,
            )
        transaction.commit()
        return obj

    return make
