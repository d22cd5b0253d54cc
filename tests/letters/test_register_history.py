"""The case history (metryka sprawy) of a letter: every action — date, person, action,
document — over REST (``@history``) and on the letter's history page: registering,
routing, an attached document, the reply prepared, signed, sent, the letter closed."""

from .test_register_pdf import file_body
from .test_register_pdf import pdf
from datetime import datetime
from kancelaria.testing import PASSWORD
from plone import api

import requests
import transaction

REGISTER = "kancelaria/korespondencja"


def actions(history):
    """(action or transition, actor, comments) of each entry, oldest first."""
    return [
        (e.get("action"), (e.get("actor") or {}).get("id"), e.get("comments") or "")
        for e in history
        if e["type"] == "workflow"
    ]


def test_history_names_who_did_what_and_when(client, fportal):
    clerk, woik, mayor = client("clerk"), client("woik"), client("mayor")
    letter = clerk.post(
        REGISTER,
        json={
            "@type": "IncomingLetter",
            "title": "Wniosek o remont chodnika",
            "sender_name": "Anna Mieszkańska",
            "kind": "request",
        },
    ).json()
    url = letter["@id"]
    assert clerk.post(f"{url}/@route", json={"departments": ["WOIK"], "comment": "Do odp."}).ok
    assert woik.post(url, json=file_body(pdf("Zdjęcia chodnika"), "zdjecia.pdf")).ok
    reply = woik.post(f"{url}/@reply").json()["@id"]
    assert woik.patch(reply, json={"body": "<p>Remont w maju.</p>"}).ok
    assert woik.post(f"{reply}/@workflow/submit", json={}).ok
    assert mayor.post(f"{reply}/@workflow/sign", json={}).ok
    assert clerk.post(f"{reply}/@workflow/send", json={}).ok

    history = clerk.get(f"{url}/@history").json()
    done = actions(history)
    assert ("Create", "clerk", "") in done
    assert ("route", "clerk", "WOIK: Do odp.") in done
    assert ("assign", "clerk", "Do odp.") in done
    assert ("attach_file", "woik", "zdjecia.pdf") in done
    assert any(a == "prepare_reply" and who == "woik" for a, who, _c in done)
    closing = [c for a, _who, c in done if a == "close"]
    assert closing and letter["signature"] in closing[-1]
    for entry in history:
        assert datetime.fromisoformat(entry["time"])  # every entry says when

    reply_done = actions(clerk.get(f"{reply}/@history").json())
    assert ("submit", "woik", "") in reply_done
    assert ("sign", "mayor", "") in reply_done
    assert ("send", "clerk", "") in reply_done

    # The letter's history page, opened from the letter, shows the same to a person, in
    # Polish on the office's Polish site.
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()
    page = requests.get(
        f"{url}/@@historyview", auth=("woik", PASSWORD), headers={"Accept": "text/html"}, timeout=60
    )
    assert page.status_code == 200
    for text in (
        "zdjecia.pdf",
        "Do odp.",
        "clerk",
        "woik",
        "Dołączenie dokumentu",
        "Przekazanie do wydziału",
    ):
        assert text in page.text, text
    page = requests.get(
        f"{reply}/@@historyview",
        auth=("clerk", PASSWORD),
        headers={"Accept": "text/html"},
        timeout=60,
    )
    for text in ("Podpisz", "Wyślij", "mayor"):
        assert text in page.text, text
