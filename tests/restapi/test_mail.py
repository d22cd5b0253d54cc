"""E-mail over a real SMTP conversation: routing and the deadlines digest."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.case import routing
from kancelaria.case.digest import send_digests

import transaction


def test_routing_mails_the_department(client, fcase, smtp):
    case = fcase(title="Remont chodnika")
    response = client("clerk").post(
        case.absolute_url() + "/@route", {"departments": ["WOIK"], "comment": "Termin pilny"}
    )
    assert response.status_code == 200
    assert len(smtp) == 1
    mail = smtp[0]
    assert mail["to"] == ["woik@example.org"]
    assert "kancelaria@example.org" in mail["from"]
    assert case.signature in mail["message"]["Subject"]
    body = mail["message"].get_payload(decode=True).decode("utf-8")
    assert "Remont chodnika" in body
    assert "Termin pilny" in body
    assert case.absolute_url() in body


def test_refused_routing_sends_nothing(client, fcase, smtp):
    case = fcase()
    response = client("clerk").post(case.absolute_url() + "/@route", {"departments": ["XYZ"]})
    assert response.status_code == 400
    assert smtp == []


def test_rerouting_mails_only_the_new_department(client, fcase, smtp):
    case = fcase()
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK"]})
    client("clerk").post(case.absolute_url() + "/@route", {"departments": ["WOIK", "WKSP"]})
    assert [m["to"] for m in smtp] == [["woik@example.org"], ["wksp@example.org"]]


def test_digest(fcase, fportal, smtp):
    today = clock.today()
    late = fcase(title="Zaległa sprawa", received_date=today - timedelta(days=45))
    soon = fcase(title="Sprawa na jutro", received_date=today - timedelta(days=29))
    far = fcase(title="Sprawa odległa", received_date=today)
    for case in (late, soon, far):
        routing.route(case, ["WOIK"])
    transaction.commit()
    smtp.clear()  # the routing mails

    sent = send_digests(days=7)
    transaction.commit()

    assert sent == {"WOIK": 2}
    assert len(smtp) == 1
    assert smtp[0]["to"] == ["woik@example.org"]
    body = smtp[0]["message"].get_payload(decode=True).decode("utf-8")
    assert "Zaległa sprawa" in body and "Sprawa na jutro" in body
    assert "Sprawa odległa" not in body
    assert body.index("Zaległa sprawa") < body.index("Sprawa na jutro")


def test_digest_command(functional, fcase, smtp):
    """What cron runs: ``kancelaria-digest`` opens the site as the system user and mails."""
    from kancelaria.scripts.digest import run

    case = fcase(title="Sprawa z crona", received_date=clock.today() - timedelta(days=40))
    routing.route(case, ["WKSP"])
    transaction.commit()
    smtp.clear()

    sent = run(functional["app"], "plone", days=3)

    assert sent == {"WKSP": 1}
    assert [m["to"] for m in smtp] == [["wksp@example.org"]]
