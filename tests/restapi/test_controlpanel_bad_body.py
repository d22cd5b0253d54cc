"""``PATCH @controlpanels/kancelaria`` with a body of the wrong shape: a 400, nothing saved."""

from plone import api

import pytest
import transaction

URL = "@controlpanels/kancelaria"


@pytest.mark.parametrize(
    "body, field",
    [
        ({"type_jrwa": [1]}, "type_jrwa"),
        ({"deadline_days": "14"}, "deadline_days"),
        ({"departments": ["WOIK"]}, "departments"),
        ({"departments": {"symbol": "WOIK"}}, "departments"),
        ({"councillors": [None]}, "councillors"),
        ({"attachment_types": "pdf"}, "attachment_types"),
        ([], "body"),
        ("tekst", "body"),
    ],
)
def test_wrong_shape(client, body, field, fportal):
    if isinstance(body, dict):  # with a good change beside it, which must not be saved
        body = {"unit_symbol": "ABC", **body}
    response = client("admin").patch(URL, body)
    assert response.status_code == 400, response.text
    assert field in response.text
    transaction.begin()
    assert api.portal.get_registry_record("kancelaria.unit_symbol") == "KPM"


@pytest.mark.parametrize(
    "raw", [b"nie json", b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe", b"1" * 5000]
)
def test_not_json(client, raw):
    session = client("admin")
    response = session.session.patch(
        session.url(URL), data=raw, headers={"Content-Type": "application/json"}, timeout=60
    )
    assert response.status_code == 400, response.text[:300]
    assert response.json()["error"]["field"] == "body"
