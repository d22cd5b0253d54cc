"""The status check's tests run on the Polish site, each with a fresh count of attempts."""

from kancelaria.case import ratelimit
from plone import api

import pytest
import transaction


@pytest.fixture
def status_site(functional_portal):
    """The functional site in Polish, with room for many attempts (the rate-limit tests set
    their own); the attempts counted so far forgotten."""
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    api.portal.set_registry_record("kancelaria.status_check_attempts", 1000)
    api.portal.set_registry_record("kancelaria.status_check_window", 600)
    api.portal.set_registry_record("kancelaria.trusted_proxies", [])
    transaction.commit()
    ratelimit.LIMITER.reset()
    yield functional_portal
    ratelimit.LIMITER.reset()


@pytest.fixture
def check(status_site, portal_url):
    """``check(signature, code, **requests_kwargs)`` → the response of ``POST /@case-status``
    as an anonymous client."""
    import requests

    def post(signature=None, code=None, body=None, **kw):
        payload = body if body is not None else {"signature": signature, "code": code}
        headers = {"Accept": "application/json", **kw.pop("headers", {})}
        return requests.post(
            f"{portal_url}/@case-status", json=payload, headers=headers, timeout=60, **kw
        )

    return post
