"""The desk's queues of meetings and directives, for whom they are, with the page and
``@desk`` agreeing."""

import pytest


def queues(client, user):
    """``{queue id: item URLs}`` of the user's desk (none for who has no desk)."""
    response = client(user).get("kancelaria/@desk")
    assert response.status_code < 500
    if response.status_code != 200:
        return {}
    return {q["id"]: [i["@id"] for i in q["items"]] for q in response.json()["queues"]}


def test_minutes_to_write_and_approve(client, fmeeting):
    planned = fmeeting("planned")
    held = fmeeting("held", title="Narada odbyta")
    approved = fmeeting("minutes_approved", title="Narada zamknięta")
    office = queues(client, "clerk")
    assert held.absolute_url() in office["minutes_to_write"]
    assert planned.absolute_url() not in office["minutes_to_write"]
    assert approved.absolute_url() not in office["minutes_to_write"]
    assert "minutes_to_approve" not in office
    client("clerk").patch(held.absolute_url(), json={"minutes": "<p>Protokół.</p>"})
    assert held.absolute_url() in queues(client, "mayor")["minutes_to_approve"]
    assert held.absolute_url() not in queues(client, "clerk")["minutes_to_write"]
    for user in ("woik", "press", "outsider"):
        assert "minutes_to_write" not in queues(client, user)
        assert "minutes_to_approve" not in queues(client, user)


def test_directives_queues(client, fmeeting, fdirective):
    meeting = fmeeting("held")
    woik = fdirective(meeting, title="Dla WOIK", departments=("WOIK",))
    wksp = fdirective(meeting, title="Dla WKSP", departments=("WKSP",), state="in_progress")
    done = fdirective(meeting, title="Zgłoszone", departments=("WOIK",), state="reported_done")
    closed = fdirective(meeting, title="Sprawdzone", departments=("WOIK",), state="verified")
    mine = queues(client, "woik")
    assert woik.absolute_url() in mine["directives_to_do"]
    assert wksp.absolute_url() not in mine["directives_to_do"]
    assert done.absolute_url() not in mine["directives_to_do"]
    assert closed.absolute_url() not in mine["directives_to_do"]
    assert wksp.absolute_url() in queues(client, "wksp")["directives_to_do"]
    for user in ("mayor", "clerk"):
        assert queues(client, user)["directives_to_verify"] == [done.absolute_url()]
    assert "directives_to_verify" not in mine


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik"])
def test_page_and_rest_agree(client, fmeeting, fdirective, user):
    meeting = fmeeting("held")
    fdirective(meeting, departments=("WOIK",), state="reported_done")
    desk = client(user).get("kancelaria/@desk").json()["queues"]
    page = (
        client(user)
        .session.get(client(user).url("kancelaria"), headers={"Accept": "text/html"}, timeout=60)
        .text
    )
    for queue in desk:
        assert f'id="queue-{queue["id"]}"' in page, queue["id"]


def test_meeting_page_lists_directives_and_the_button(client, fmeeting, fdirective):
    meeting = fmeeting("held")
    fdirective(meeting, title="Raport o drogach", departments=("WOIK",))
    for user, button in (("clerk", True), ("mayor", True), ("woik", False)):
        page = (
            client(user)
            .session.get(meeting.absolute_url(), headers={"Accept": "text/html"}, timeout=60)
            .text
        )
        assert "Raport o drogach" in page
        assert ("++add++Directive" in page) is button, user
