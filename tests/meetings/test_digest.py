"""The deadlines digest mails a department its directives too, through the real SMTP sink:
each marked as a directive with its meeting; verified and cancelled ones never."""

from .board_data import make_board
from kancelaria.case.digest import send_digests

import transaction


def bodies(smtp):
    return {
        mail["to"][0]: mail["message"].get_payload(decode=True).decode("utf-8") for mail in smtp
    }


def test_digest_lists_a_departments_directives_with_their_meeting(fportal, smtp):
    _meetings, directives = make_board(fportal)
    smtp.clear()  # the routing mails

    sent = send_digests(days=7)
    transaction.commit()

    assert sent == {"WOIK": 2, "WKSP": 1}
    mails = bodies(smtp)
    woik, wksp = mails["woik@example.org"], mails["wksp@example.org"]
    late, week = directives["late"], directives["week"]
    assert late.signature in woik and week.signature in woik
    assert woik.index(late.signature) < woik.index(week.signature)  # overdue first
    assert "Directive of the meeting “Narada budżetowa”" in woik
    assert "Directive of the meeting “Narada inwestycyjna”" in woik
    assert directives["later"].signature in wksp
    # Closed directives never; another department's never; beyond the window not.
    for name in ("verified", "cancelled", "month"):
        assert directives[name].signature not in woik + wksp
    assert directives["later"].signature not in woik
