"""A JSON body nested too deeply is a 400 on every address, before anyone parses it
(plone.restapi's JWT plugin parses JSON bodies while authenticating: a 500 before)."""

from kancelaria.case import limits

import pytest

DEEP = [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 5_000 + b"1" + b"}" * 5_000]


def test_json_depth():
    assert limits.json_depth(b'{"a": [1, {"b": "[[[["}]}') == 3
    assert limits.json_depth(b'"\\"[[["') == 0
    assert limits.json_depth(DEEP[1]) == 5_000


@pytest.mark.parametrize("raw", DEEP)
@pytest.mark.parametrize("user", ["clerk", None])
@pytest.mark.parametrize("method, where", [("POST", "interpelacje"), ("PATCH", "case")])
def test_deep_json_is_400(client, fcase, fportal, raw, user, method, where):
    url = (
        fportal["interpelacje"].absolute_url()
        if where == "interpelacje"
        else fcase().absolute_url()
    )
    session = client(user)
    response = session.session.request(
        method, url, data=raw, headers={"Content-Type": "application/json"}, timeout=60
    )
    assert response.status_code == 400, response.text[:300]
    assert response.json()["error"]["field"] == "body"


def test_json_of_a_sane_depth_passes(client, fcase):
    case = fcase()
    body = {"title": "Pismo", "description": "[" * 500 + "{" * 500}
    assert client("clerk").patch(case.absolute_url(), body).status_code == 204
