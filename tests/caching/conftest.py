"""Content for the caching tests: a published and a private News Item, interpellations."""

from plone import api
from plone.app.textfield.value import RichTextValue
from tests.interpellations.conftest import _make

import pytest
import requests
import transaction

DRAFT = "Projekt odpowiedzi: naprawa w przyszłym roku"


@pytest.fixture
def news(fportal):
    with api.env.adopt_roles(["Manager"]):
        folder = fportal["aktualnosci"]
        published = api.content.create(
            container=folder,
            type="News Item",
            id="festyn",
            title="Festyn miejski",
            text=RichTextValue("<p>Zapraszamy na festyn.</p>", "text/html", "text/x-html-safe"),
        )
        api.content.transition(obj=published, transition="publish")
        private = api.content.create(
            container=folder, type="News Item", id="projekt", title="Projekt komunikatu"
        )
    transaction.commit()
    return {"published": published, "private": private}


@pytest.fixture
def in_review(fportal):
    """An interpellation whose answer waits for the mayor: anonymous sees it, not the draft."""
    obj = _make(
        fportal["interpelacje"],
        "answer_review",
        "Oświetlenie ulicy Polnej",
        answer=f"<p>{DRAFT}</p>",
    )
    transaction.commit()
    return obj


@pytest.fixture
def http(portal_url):
    """``http(user)``: a plain HTTP session (HTML unless asked), as that user or anonymous."""
    from kancelaria.testing import PASSWORD

    def make(user=None):
        session = requests.Session()
        if user:
            session.auth = (user, PASSWORD)
        return session

    return make
