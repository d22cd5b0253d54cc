"""Helpers of the limits tests: bodies for the REST API and what a refusal looks like."""

from base64 import b64encode
from plone import api
from tests.interpellations.conftest import finterpellation  # noqa: F401

import pytest
import transaction


def interpellation_body(**fields):
    body = {
        "@type": "Interpellation",
        "title": "Oświetlenie ulicy Polnej",
        "kind": "interpellation",
        "councillor": "jan-nowak",
        "text": {"data": "<p>Kiedy?</p>", "content-type": "text/html"},
    }
    body.update(fields)
    return body


def html(text):
    return {"data": text, "content-type": "text/html"}


def file_body(filename, data, title="Skan pisma"):
    return {
        "@type": "File",
        "title": title,
        "file": {
            "data": b64encode(data).decode(),
            "encoding": "base64",
            "filename": filename,
            "content-type": "application/octet-stream",
        },
    }


def refused_field(response):
    """The field a 400 names (the project's error body)."""
    assert response.status_code == 400, (response.status_code, response.text[:500])
    return response.json()["error"]["field"]


@pytest.fixture
def set_limit(fportal):
    """Change a setting of the control panel for this test, committed."""

    def change(name, value):
        api.portal.set_registry_record(f"kancelaria.{name}", value)
        transaction.commit()

    return change
