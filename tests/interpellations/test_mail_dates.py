"""The interpellations' e-mail gives dates as people read them (16.11.2026)."""

from datetime import date
from plone import api

import transaction

RECEIVED = date(2026, 11, 2)


def test_interpellation_mail_dates(finterpellation, fportal, smtp):
    obj = finterpellation("forwarded", received_date=RECEIVED, answer="<p>Odpowiedź</p>")
    smtp.clear()
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="submit_answer")
    transaction.commit()
    body = smtp[0]["message"].get_payload(decode=True).decode("utf-8")
    # An interpellation received on 2 November: 14 days, Monday 16 November.
    assert "16.11.2026" in body and "2026-11-16" not in body
