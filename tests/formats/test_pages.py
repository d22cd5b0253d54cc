"""Dates as people read them on the product's pages and in its e-mail: 02.12.2026.

A letter received on 2 November 2026 has its deadline 30 days later, on Wednesday
2 December 2026. REST keeps ISO (``2026-12-02``)."""

from datetime import date
from kancelaria.case import routing
from kancelaria.case.digest import send_digests
from lxml import html

import transaction

RECEIVED = date(2026, 11, 2)


def page(client, user, url):
    response = client(user).get(url, headers={"Accept": "text/html"})
    assert response.status_code == 200, url
    return html.fromstring(response.text)


def text(tree, css):
    return " ".join(" ".join(node.text_content().split()) for node in tree.cssselect(css))


def test_case_line_register_and_deadlines(client, fcase, fportal):
    case = fcase(title="Pismo o remont", received_date=RECEIVED)
    routing.route(case, ["WOIK"])
    transaction.commit()

    caseinfo = page(client, "clerk", case.absolute_url())
    assert text(caseinfo, ".kancelaria-caseinfo .kancelaria-deadline") == "02.12.2026"

    register = page(client, "clerk", fportal["kancelaria"]["korespondencja"].absolute_url())
    row = text(register, ".kancelaria-cases tbody tr")
    assert "02.11.2026" in row and "02.12.2026" in row
    assert "2026-11-02" not in row and "2026-12-02" not in row

    deadlines = page(client, "woik", fportal["kancelaria"].absolute_url() + "/@@terminy")
    row = text(deadlines, ".kancelaria-deadlines-table tbody tr")
    assert row.startswith("02.12.2026")
    assert "2026-12-02" not in row
    # The state by its name in the workflow, as on the case's page.
    assert "Forwarded" in row or "Przekazana" in row

    rest = client("clerk").get(case.absolute_url()).json()
    assert rest["deadline"] == "2026-12-02"


def test_mail_dates(fcase, client, smtp):
    case = fcase(title="Pismo o remont", received_date=RECEIVED)
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    routed = smtp[0]["message"].get_payload(decode=True).decode("utf-8")
    assert "02.12.2026" in routed and "2026-12-02" not in routed

    smtp.clear()
    transaction.begin()  # what the server committed
    send_digests(days=3660)
    transaction.commit()
    digest = smtp[0]["message"].get_payload(decode=True).decode("utf-8")
    assert "02.12.2026  " + case.signature in digest
