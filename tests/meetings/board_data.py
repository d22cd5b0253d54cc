"""Two meetings and six directives, one in each state and situation the dashboard tells
apart: overdue, due this week, later, reported done, verified, cancelled."""

from .conftest import make_directive
from .conftest import make_meeting
from .conftest import meeting_start
from datetime import timedelta
from kancelaria import clock

import transaction

#: The open directives in the dashboard's order (by deadline: the overdue first).
OPEN = ["late", "later", "week", "month"]
#: name → (meeting, state, departments, responsible person, days from today to the deadline)
DIRECTIVES = {
    "late": ("old", "issued", ("WOIK",), "Jan Kowalski", -5),
    "later": ("old", "in_progress", ("WKSP",), "Ewa Nowak", -2),
    "week": ("new", "reported_done", ("WOIK",), "Ewa Nowak", 3),
    "month": ("new", "issued", ("WKSP",), "Jan Kowalski", 20),
    "verified": ("old", "verified", ("WOIK",), "Jan Kowalski", 1),
    "cancelled": ("new", "cancelled", ("WKSP",), "Ewa Nowak", 1),
}
TITLES = {
    "late": "Przygotować raport o stanie dróg gminnych",
    "later": "Zorganizować festyn miejski",
    "week": "Uzupełnić regulamin pracy urzędu",
    "month": "Przygotować kalendarz imprez sportowych",
    "verified": "Zaktualizować stronę internetową urzędu",
    "cancelled": "Zamówić nowe tablice ogłoszeń",
}


def make_board(portal):
    """``(meetings, directives)`` by name, committed."""
    narady = portal["kancelaria"]["narady"]
    today = clock.today()
    meetings = {
        "old": make_meeting(narady, "held", title="Narada budżetowa", start=meeting_start(40)),
        "new": make_meeting(narady, "held", title="Narada inwestycyjna", start=meeting_start(10)),
    }
    directives = {}
    for name, (meeting, state, departments, person, days) in DIRECTIVES.items():
        directives[name] = make_directive(
            meetings[meeting],
            state,
            departments=departments,
            title=TITLES[name],
            responsible_person=person,
            deadline=today + timedelta(days=days),
            priority="high" if name == "month" else "normal",
        )
    transaction.commit()
    return meetings, directives
