"""``/sprawdz-sprawe`` — a resident checks a case with its signature and access code.

A plain form POST (no JavaScript needed) answered by the same code as ``POST
/@case-status`` (``case/statusform.py``): the same facts, the same not-found message, the
same attempts per address. No CSRF token: the check changes nothing (no write, no
session), so a forged submission gains a foreign page nothing — it cannot read the answer.
"""

from datetime import date
from kancelaria import formats
from kancelaria.case import statusform
from Products.Five import BrowserView
from zope.i18n import translate


class StatusCheckView(BrowserView):
    outcome = None
    signature = ""

    def __call__(self):
        request = self.request
        if request.get("REQUEST_METHOD") == "POST":
            self.signature = request.form.get("signature")
            if not isinstance(self.signature, str):
                self.signature = ""
            self.outcome = statusform.answer(
                request, request.form.get("signature"), request.form.get("code")
            )
            request.response.setStatus(self.outcome.status)
            if self.outcome.retry_after:
                request.response.setHeader("Retry-After", str(self.outcome.retry_after))
        # Nothing of a check is cached, least of all its answer.
        request.response.setHeader("Cache-Control", "no-store")
        return self.index()

    def field_error(self, name):
        for error in self.outcome.errors if self.outcome is not None else ():
            if error.field == name:
                return error.translated(self.request)
        return None

    def message(self):
        outcome = self.outcome
        if outcome is None or outcome.message is None:
            return None
        return translate(outcome.message, context=self.request)

    def facts(self):
        if self.outcome is None or self.outcome.facts is None:
            return None
        facts = dict(self.outcome.facts)
        facts["deadline_text"] = formats.date(_day(facts["deadline"]))
        facts["closed_text"] = formats.date(_day(facts["closed_date"]))
        return facts


def _day(iso):
    return date.fromisoformat(iso) if iso else None
