"""The fuzz runner: sends generated requests to the real server, keeps every 5xx."""

from hypothesis import HealthCheck
from hypothesis import Phase
from hypothesis import example
from hypothesis import given
from hypothesis import settings
from tests.interpellations.conftest import finterpellation  # noqa: F401
from urllib.parse import urlsplit

import pytest
import reprlib

SHORT = reprlib.Repr()
SHORT.maxstring = SHORT.maxother = 60
SHORT.maxlevel, SHORT.maxdict, SHORT.maxlist = 4, 8, 6


class Raw(bytes):
    """A body sent as it is, declared as JSON (a subclass declares another type)."""

    content_type = "application/json"


NO_BODY = object()


class Fuzz:
    def __init__(self, client):
        self.client = client
        self.failures = {}  # (method, path, status, error) → the smallest input
        self.sent = 0

    def send(self, method, url, user, body=NO_BODY, params=None):
        session = self.client(user)
        kw = {"params": params, "timeout": 120}
        if isinstance(body, Raw):
            kw.update(data=bytes(body), headers={"Content-Type": body.content_type})
        elif body is not NO_BODY:
            kw["json"] = body
        response = session.session.request(method, session.url(url), **kw)
        self.sent += 1
        if response.status_code >= 500:
            try:
                error = response.json()
                error = error.get("error", error) if isinstance(error, dict) else error
                error = f"{error.get('type')}: {str(error.get('message'))[:160]}"
            except (ValueError, AttributeError):
                error = response.text[:160]
            key = (method, urlsplit(url).path.rsplit("/plone", 1)[-1], response.status_code, error)
            shown = {"user": user, "params": params}
            if body is not NO_BODY:
                shown["body"] = bytes(body)[:200] if isinstance(body, Raw) else body
            text = SHORT.repr(shown)
            if key not in self.failures or len(text) < len(self.failures[key]):
                self.failures[key] = text
        return response

    def check(self):
        assert self.sent, "no request was sent"
        assert not self.failures, self.report()

    def report(self):
        lines = [f"{len(self.failures)} kinds of server error in {self.sent} requests:"]
        for (method, path, status, error), shown in sorted(self.failures.items()):
            lines.append(f"- {status} {method} {path} — {error}\n    e.g. {shown}")
        return "\n".join(lines)


def run(strategy, examples, send, known=()):
    """Feed the ``known`` inputs (those of issue 6 that once answered 500) and ``examples``
    generated values of ``strategy`` to ``send``; no shrinking (the runner keeps every
    failure, not only the first), the same examples on every run."""

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def inner(generated):
        send(generated)

    for value in known:
        inner = example(value)(inner)
    inner()


@pytest.fixture
def fuzz(client):
    """``fuzz.send(...)``, then ``fuzz.check()``: fails listing every 5xx it met."""
    return Fuzz(client)
