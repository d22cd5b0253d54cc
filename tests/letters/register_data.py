"""Letters of both directions with chosen dates, parties and departments, for the register
of correspondence (its page, export and ``@letters``)."""

from .conftest import advance_outgoing
from .conftest import make_incoming
from .conftest import make_reply
from datetime import timedelta
from kancelaria import clock
from plone import api

import transaction


def outgoing(register, title, state="draft", **fields):
    fields.setdefault(
        "recipients", [{"name": "Klub Sportowy Naprzód", "address": "ul. Sportowa 1"}]
    )
    fields.setdefault("kind", "congratulations")
    fields.setdefault("signatory", "prezydent")
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(container=register, type="OutgoingLetter", title=title, **fields)
    return advance_outgoing(obj, state)


def make_letters(portal):
    """Name → letter, committed:

    - ``complaint``: incoming, registered, a complaint from Jan Skarżący, 40 days ago;
    - ``inquiry``: incoming, assigned to WOIK, Anna Mieszkańska, 20 days ago;
    - ``closed``: incoming, closed (WOIK), a request from Firma Budex, 10 days ago;
    - ``wksp``: incoming, assigned to WKSP, an invitation from Szkoła nr 3, today;
    - ``reply``: the draft reply to ``inquiry`` (to Anna Mieszkańska);
    - ``congrats``: outgoing congratulations to Klub Sportowy Naprzód, sent.
    """
    register = portal["kancelaria"]["korespondencja"]
    today = clock.today()
    made = {
        "complaint": make_incoming(
            register,
            title="Skarga na hałas z placu budowy",
            sender_name="Jan Skarżący",
            kind="complaint",
            received_date=today - timedelta(days=40),
            summary="Budowa trwa w nocy, mieszkańcy nie mogą spać.",
        ),
        "inquiry": make_incoming(
            register,
            "assigned",
            title="Pytanie o godziny otwarcia",
            sender_name="Anna Mieszkańska",
            received_date=today - timedelta(days=20),
        ),
        "closed": make_incoming(
            register,
            "closed",
            title="Wniosek o wycinkę drzewa",
            sender_name="Jerzy Budny",
            sender_organisation="Firma Budex",
            kind="request",
            received_date=today - timedelta(days=10),
        ),
        "wksp": make_incoming(
            register,
            title="Zaproszenie na festyn szkolny",
            sender_name="Dyrekcja",
            sender_organisation="Szkoła nr 3",
            kind="invitation",
        ),
    }
    from kancelaria.case import routing

    with api.env.adopt_roles(["Manager"]):
        routing.route(made["wksp"], ["WKSP"], "Do wiadomości")
    made["reply"] = make_reply(made["inquiry"])
    made["congrats"] = outgoing(register, "Gratulacje z okazji awansu", "sent")
    transaction.commit()
    return made
