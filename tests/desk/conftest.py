"""The desk's fixtures: cases in every queue, committed for the server."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.case import registration
from kancelaria.case import routing
from plone import api
from tests.interpellations.conftest import _make
from tests.interpellations.conftest import finterpellation  # noqa: F401 - a fixture

import pytest
import transaction

RETURN_COMMENT = "Popraw: brak kosztorysu"


@pytest.fixture
def office(fportal):
    """Cases in every queue: two to route, one forwarded to WOIK (overdue), one forwarded
    to WKSP, one awaiting approval, one returned to WOIK."""
    register = fportal["interpelacje"]
    old = clock.today() - timedelta(days=40)
    made = {
        "new1": _make(register, "registered", "Nowa 1"),
        "new2": _make(register, "registered", "Nowa 2"),
        "late": _make(register, "forwarded", "Zaległa", received_date=old),
        "wksp": _make(register, "registered", "Dla WKSP"),
        "review": _make(register, "answer_review", "Do zatwierdzenia"),
        "back": _make(register, "answer_review", "Zwrócona"),
    }
    with api.env.adopt_roles(["Manager"]):
        routing.route(made["wksp"], ["WKSP"])
        api.content.transition(obj=made["back"], transition="return_answer", comment=RETURN_COMMENT)
        registration.change_deadline(
            made["new2"], clock.today() + timedelta(days=2), "Pilne z urzędu"
        )
    transaction.commit()
    return made


def desk_of(client, user):
    """``{queue id: queue}`` of ``GET /kancelaria/@desk`` as ``user``."""
    response = client(user).get("kancelaria/@desk")
    assert response.status_code == 200, response.text
    return {q["id"]: q for q in response.json()["queues"]}
