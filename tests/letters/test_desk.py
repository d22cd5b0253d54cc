"""The letters' queues on the desk: to route (the core's, for registered incoming letters),
to sign (the mayor), to send (the office), a department's letters (routed to it, open); the
page shows the same queues and counts as ``@desk``; their titles are Polish (the Polish
site itself: ``tests/browser/test_letters_flow.py``)."""

from tests.browser.helpers import pl
from tests.desk.conftest import desk_of

import pytest


@pytest.fixture
def letters(fincoming, freply):
    made = {
        "registered": fincoming(title="Nowe pismo"),
        "assigned": fincoming("assigned", title="Pismo dla WOIK"),
        "closed": fincoming("closed", title="Pismo załatwione"),
    }
    made["pending"] = freply(fincoming("assigned", title="Do podpisu"), "pending_signature")
    made["signed"] = freply(fincoming("assigned", title="Do wysłania"), "signed")
    return made


def titles(queue):
    return {item["title"] for item in queue["items"]}


def test_queues(client, letters):
    clerk = desk_of(client, "clerk")
    assert titles(clerk["to_route"]) == {"Nowe pismo"}
    assert titles(clerk["to_send"]) == {letters["signed"].Title()}
    assert "to_sign" not in clerk and "letters_to_handle" not in clerk

    mayor = desk_of(client, "mayor")
    assert titles(mayor["to_sign"]) == {letters["pending"].Title()}
    assert "to_send" not in mayor

    woik = desk_of(client, "woik")
    assert titles(woik["letters_to_handle"]) == {"Pismo dla WOIK", "Do podpisu", "Do wysłania"}
    assert "Pismo załatwione" not in titles(woik["letters_to_handle"])
    assert "to_route" not in woik and "to_sign" not in woik
    wksp = desk_of(client, "wksp")
    assert wksp["letters_to_handle"]["count"] == 0


@pytest.mark.parametrize(
    "user,title,queue",
    [
        ("mayor", "Do podpisu", "to_sign"),
        ("clerk", "Do wysłania", "to_send"),
        ("clerk", "Do przekazania", "to_route"),
        ("woik", "Pisma do załatwienia", "letters_to_handle"),
    ],
)
def test_page_with_the_same_counts(client, letters, user, title, queue):
    desk = desk_of(client, user)
    assert pl(f"queue_{queue}") == title
    session = client(user).session
    page = session.get(
        client(user).url("kancelaria"), headers={"Accept": "text/html"}, timeout=60
    ).text
    section = page.split(f'id="queue-{queue}"', 1)[1][:4000]
    assert str(desk[queue]["count"]) in section
    for item in desk[queue]["items"]:
        assert item["@id"] in page
