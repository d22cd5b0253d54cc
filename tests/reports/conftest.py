"""Activity reports as the office makes them."""

from datetime import date
from plone import api
from plone.app.textfield.value import RichTextValue

import pytest


def make_report(container, state="draft", text="<p>Sprawozdanie.</p>", **kw):
    fields = {
        "title": "Sprawozdanie z działalności Prezydenta",
        "period_from": date(2026, 3, 1),
        "period_to": date(2026, 3, 31),
        "session_date": date(2026, 4, 23),
    }
    fields.update(kw)
    with api.env.adopt_roles(["Manager"]):
        report = api.content.create(
            container=container,
            type="ActivityReport",
            text=RichTextValue(text, "text/html", "text/x-html-safe") if text else None,
            **fields,
        )
        if state == "published":
            api.content.transition(obj=report, transition="publish")
    return report


@pytest.fixture
def report(portal):
    def make(**kw):
        return make_report(portal["sprawozdania"], **kw)

    return make


@pytest.fixture
def freport(fportal):
    import transaction

    def make(**kw):
        obj = make_report(fportal["sprawozdania"], **kw)
        transaction.commit()
        return obj

    return make
