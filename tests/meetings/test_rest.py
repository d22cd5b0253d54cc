"""Meetings and directives over REST: planned, held, minutes approved; directives issued
inside a meeting with their deadline and departments, the progress log, the report, the
verification — and every piece of bad input a 400 naming the field, nothing created."""

from datetime import timedelta
from kancelaria import clock
from plone import api
from tests.meetings.conftest import meeting_start

import pytest
import transaction

NARADY = "kancelaria/narady"


def no_5xx(response):
    assert response.status_code < 500, response.text[response.text.find("<main") :][:3000]
    return response


def refused(response, field):
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field, response.json()
    return response


def count(fportal, portal_type):
    transaction.begin()
    return len(fportal.portal_catalog.unrestrictedSearchResults(portal_type=portal_type))


def plan(client, **fields):
    body = {
        "@type": "Meeting",
        "title": "Narada kierownictwa",
        "start": meeting_start().isoformat(),
        "place": "Sala sesyjna",
        "kind": "management",
        "attendees": [{"name": "Jan Prezydent", "function": "Prezydent", "present": True}],
        "agenda": [{"number": "1", "topic": "Budżet 2027", "presenter": "Skarbnik"}],
        **fields,
    }
    return no_5xx(client("clerk").post(NARADY, json=body))


def test_plan_hold_approve(client, fportal):
    made = plan(client)
    assert made.status_code == 201, made.text
    meeting = made.json()
    year = clock.today().year
    assert meeting["meeting_number"].endswith(f"/{year}")
    assert meeting["review_state"] == "planned"
    url = meeting["@id"]
    assert client("clerk").post(f"{url}/@workflow/hold").status_code == 200
    # Approving empty minutes: 400 naming minutes, as the mayor.
    refused(client("mayor").post(f"{url}/@workflow/approve_minutes"), "minutes")
    patched = client("clerk").patch(url, json={"minutes": "<p>Ustalenia narady.</p>"})
    assert patched.status_code == 204, patched.text
    # Returning needs a comment; the office sees the return on its desk with it.
    refused(client("mayor").post(f"{url}/@workflow/return_minutes"), "comment")
    back = client("mayor").post(f"{url}/@workflow/return_minutes", json={"comment": "Uzupełnić"})
    assert back.status_code == 200
    desk = {q["id"]: q for q in client("clerk").get("kancelaria/@desk").json()["queues"]}
    returned = [i for i in desk["minutes_returned"]["items"] if i["@id"] == url]
    assert returned and returned[0]["note"] == "Uzupełnić"
    mayor_desk = {q["id"]: q for q in client("mayor").get("kancelaria/@desk").json()["queues"]}
    assert url not in [i["@id"] for i in mayor_desk["minutes_to_approve"]["items"]]
    client("clerk").patch(url, json={"minutes": "<p>Ustalenia narady, uzupełnione.</p>"})
    mayor_desk = {q["id"]: q for q in client("mayor").get("kancelaria/@desk").json()["queues"]}
    assert url in [i["@id"] for i in mayor_desk["minutes_to_approve"]["items"]]
    # Only the mayor's group approves.
    assert client("clerk").post(f"{url}/@workflow/approve_minutes").status_code in (401, 403)
    assert client("admin").post(f"{url}/@workflow/approve_minutes").status_code in (401, 403)
    assert client("mayor").post(f"{url}/@workflow/approve_minutes").status_code == 200
    # Nobody rewrites approved minutes.
    for user in ("clerk", "mayor"):
        kept = client(user).patch(url, json={"minutes": "<p>Inne.</p>"})
        assert kept.status_code in (400, 401, 403)
    assert "Ustalenia narady, uzupełnione." in client("clerk").get(url).json()["minutes"]["data"]


def test_meeting_never_overdue_nor_a_case(client, fmeeting):
    meeting = fmeeting("held", start=meeting_start(days_ago=400))
    got = client("clerk").get(meeting.absolute_url()).json()
    assert "signature" not in got and "deadline" not in got
    deadlines = client("clerk").get("kancelaria/@deadlines").json()
    assert meeting.absolute_url() not in str(deadlines)


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"attendees": [{"function": "Skarbnik"}]}, "attendees"),
        ({"attendees": [{"name": "  ", "function": "Skarbnik"}]}, "attendees"),
        ({"agenda": [{"number": "1", "presenter": "Skarbnik"}]}, "agenda"),
        ({"agenda": [{"number": "1", "topic": ""}]}, "agenda"),
        ({"title": "x" * 5000}, "title"),
        ({"kind": "party"}, "kind"),
        ({"start": "not a date"}, "start"),
        ({"agenda": [{"topic": f"Punkt {n}"} for n in range(600)]}, "agenda"),
    ],
)
def test_bad_meeting(client, fportal, fields, field):
    before = count(fportal, "Meeting")
    refused(plan(client, **fields), field)
    assert count(fportal, "Meeting") == before


def test_bad_attendance_on_patch(client, fmeeting):
    meeting = fmeeting()
    refused(
        client("clerk").patch(meeting.absolute_url(), json={"attendees": [{"unit": "WOIK"}]}),
        "attendees",
    )


def issue(client, meeting, user="clerk", **fields):
    body = {"@type": "Directive", "title": "Przygotować raport o drogach", **fields}
    return no_5xx(client(user).post(meeting.absolute_url(), json=body))


def test_issue_a_directive(client, fmeeting, smtp):
    meeting = fmeeting("held")
    deadline = (clock.today() + timedelta(days=20)).isoformat()
    made = issue(
        client,
        meeting,
        user="mayor",
        departments=["WOIK"],
        deadline=deadline,
        priority="high",
        responsible_person="Anna Kierownik",
        text="<p>Raport o stanie dróg.</p>",
    )
    assert made.status_code == 201, made.text
    got = made.json()
    assert got["signature"].startswith("KPM.0012.")
    assert got["jrwa"]["token"] == "0012"
    assert got["received_date"] == meeting.start.astimezone(clock.zone()).date().isoformat()
    assert got["deadline"] == deadline
    assert [d["token"] for d in got["departments"]] == ["WOIK"]
    assert got["review_state"] == "issued"
    # Routed as @route routes: the department's mail, the history.
    transaction.begin()
    assert any("woik@example.org" in m["to"] for m in smtp)
    history = client("clerk").get(f"{got['@id']}/@history").json()
    assert any(e.get("action") == "route" for e in history)
    # The department sees it and its meeting (not the minutes), and reports progress.
    assert client("woik").get(got["@id"]).status_code == 200
    assert client("woik").get(meeting.absolute_url()).status_code == 200
    assert client("wksp").get(got["@id"]).status_code in (401, 403, 404)


def test_directive_default_deadline(client, fmeeting):
    meeting = fmeeting("held", start=meeting_start(days_ago=3))
    got = issue(client, meeting, departments=["WKSP"]).json()
    day = meeting.start.astimezone(clock.zone()).date()
    deadline = clock.today().fromisoformat(got["deadline"])
    assert day + timedelta(days=14) <= deadline <= day + timedelta(days=18)


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"deadline": "2000-01-01"}, "deadline"),
        ({"deadline": "jutro"}, "deadline"),
        ({"departments": ["NOPE"]}, "departments"),
        ({"priority": "urgent"}, "priority"),
        ({"progress": [{"note": "x", "percent": 10}]}, "progress"),
        ({"signature": "KPM.0012.99.2026"}, "signature"),
    ],
)
def test_bad_directive(client, fportal, fmeeting, fields, field):
    meeting = fmeeting("held")
    before = count(fportal, "Directive")
    refused(issue(client, meeting, **fields), field)
    assert count(fportal, "Directive") == before


@pytest.mark.parametrize("where", [NARADY, "kancelaria/korespondencja", "kancelaria"])
def test_directive_outside_a_meeting(client, fportal, where):
    before = count(fportal, "Directive")
    body = {"@type": "Directive", "title": "Bez narady"}
    response = no_5xx(client("clerk").post(where, json=body))
    refused(response, "@type")
    assert "Meeting" in response.json()["error"]["message"]
    assert count(fportal, "Directive") == before


def test_directive_outside_a_meeting_form(client, portal_url):
    c = client("clerk")
    for where in (NARADY, "kancelaria/korespondencja"):
        page = no_5xx(
            c.session.get(
                f"{portal_url}/{where}/++add++Directive",
                headers={"Accept": "text/html"},
                timeout=60,
            )
        )
        assert page.status_code == 400, (
            where,
            page.status_code,
            page.text[page.text.find("<main") :][:3000],
        )


def test_directive_at_a_future_meeting(client, fportal, fmeeting):
    meeting = fmeeting("planned", start=meeting_start(days_ago=-5))
    refused(issue(client, meeting, departments=["WOIK"]), "received_date")


def progress(client, directive, user="woik", **body):
    return no_5xx(client(user).post(f"{directive.absolute_url()}/@progress", json=body))


def test_progress_log(client, fmeeting, fdirective, fportal):
    directive = fdirective(fmeeting("held"))
    made = progress(client, directive, note="Zebrano dane", percent=40)
    assert made.status_code == 201, made.text
    row = made.json()["row"]
    assert row == {
        "date": clock.today().isoformat(),
        "note": "Zebrano dane",
        "author": row["author"],
        "percent": 40,
    }
    assert row["author"]
    # The first report starts it.
    assert made.json()["review_state"] == "in_progress"
    progress(client, directive, user="clerk", note="Uzupełniono", percent=60)
    got = client("clerk").get(directive.absolute_url()).json()
    assert [r["percent"] for r in got["progress"]] == [40, 60]
    transaction.begin()
    brain = fportal.portal_catalog(UID=directive.UID())[0]
    assert brain.progress_percent == 60


@pytest.mark.parametrize(
    "body, field",
    [
        ({"note": "x", "percent": 101}, "percent"),
        ({"note": "x", "percent": -1}, "percent"),
        ({"note": "x", "percent": "40"}, "percent"),
        ({"note": "x", "percent": 40.5}, "percent"),
        ({"note": "x"}, "percent"),
        ({"note": "", "percent": 10}, "note"),
        ({"percent": 10}, "note"),
        ({"note": "x" * 200001, "percent": 10}, "note"),
    ],
)
def test_bad_progress(client, fmeeting, fdirective, body, field):
    directive = fdirective(fmeeting("held"))
    refused(progress(client, directive, **body), field)
    transaction.begin()
    assert not directive.progress
    assert api.content.get_state(directive) == "issued"


def test_progress_never_patched(client, fmeeting, fdirective):
    directive = fdirective(fmeeting("held"), state="in_progress")
    for user in ("clerk", "woik", "admin"):
        refused(
            client(user).patch(
                directive.absolute_url(), json={"progress": [{"note": "x", "percent": 99}]}
            ),
            "progress",
        )


def test_progress_by_others(client, fmeeting, fdirective):
    directive = fdirective(fmeeting("held"))
    for user in ("wksp", "press", "outsider", None, "mayor"):
        response = client(user).post(
            f"{directive.absolute_url()}/@progress", json={"note": "x", "percent": 5}
        )
        assert response.status_code in (401, 403, 404), (user, response.status_code)


def test_report_verify_return_cancel(client, fmeeting, fdirective):
    meeting = fmeeting("held")
    directive = fdirective(meeting, state="in_progress")
    url = directive.absolute_url()
    refused(client("woik").post(f"{url}/@workflow/report_done"), "completion_report")
    assert (
        client("woik").patch(url, json={"completion_report": "<p>Zrobione.</p>"}).status_code == 204
    )
    assert client("woik").post(f"{url}/@workflow/report_done").status_code == 200
    # The department neither verifies nor returns.
    assert client("woik").post(f"{url}/@workflow/verify").status_code in (401, 403)
    refused(client("mayor").post(f"{url}/@workflow/return"), "comment")
    assert (
        client("mayor").post(f"{url}/@workflow/return", json={"comment": "Brak danych"}).status_code
        == 200
    )
    desk = {q["id"]: q for q in client("woik").get("kancelaria/@desk").json()["queues"]}
    items = [i for i in desk["directives_returned"]["items"] if i["@id"] == url]
    assert items and items[0]["note"] == "Brak danych"
    assert url not in [i["@id"] for i in desk["directives_to_do"]["items"]]
    client("woik").post(f"{url}/@workflow/report_done")
    assert client("clerk").post(f"{url}/@workflow/verify").status_code == 200
    got = client("clerk").get(url).json()
    assert got["review_state"] == "verified"
    # Closed: nobody writes.
    assert client("clerk").patch(url, json={"title": "Inny"}).status_code in (400, 401, 403)

    transaction.begin()
    other = fdirective(meeting, state="issued", title="Drugie polecenie")
    refused(client("clerk").post(f"{other.absolute_url()}/@workflow/cancel"), "comment")
    assert client("woik").post(
        f"{other.absolute_url()}/@workflow/cancel", json={"comment": "x"}
    ).status_code in (401, 403)
    assert (
        client("clerk")
        .post(f"{other.absolute_url()}/@workflow/cancel", json={"comment": "Nieaktualne"})
        .status_code
        == 200
    )


@pytest.mark.parametrize(
    "user, field, state, allowed",
    [
        ("clerk", "title", "issued", True),
        ("mayor", "priority", "in_progress", True),
        ("woik", "title", "in_progress", False),
        ("woik", "responsible_person", "issued", False),
        ("woik", "completion_report", "issued", False),
        ("woik", "completion_report", "in_progress", True),
        ("clerk", "completion_report", "in_progress", True),
        ("woik", "completion_report", "reported_done", False),
        ("clerk", "title", "verified", False),
        ("mayor", "title", "cancelled", False),
        ("clerk", "deadline", "issued", False),
        ("clerk", "departments", "issued", False),
    ],
)
def test_directive_field_owners(client, fmeeting, fdirective, user, field, state, allowed):
    directive = fdirective(fmeeting("held"), state=state)
    value = {
        "title": "Nowy tytuł",
        "priority": "low",
        "responsible_person": "Ktoś",
        "completion_report": "<p>Raport.</p>",
        "deadline": "2030-01-01",
        "departments": ["WKSP"],
    }[field]
    response = no_5xx(client(user).patch(directive.absolute_url(), json={field: value}))
    if allowed:
        assert response.status_code == 204, response.text
    else:
        assert response.status_code in (400, 401, 403), response.text
        if response.status_code == 400:
            assert response.json()["error"]["field"] == field


@pytest.mark.parametrize(
    "user, field, state, allowed",
    [
        ("clerk", "title", "planned", True),
        ("clerk", "attendees", "held", True),
        ("clerk", "minutes", "held", True),
        ("mayor", "minutes", "held", False),
        ("woik", "title", "held", False),
        ("clerk", "minutes", "minutes_approved", False),
        ("clerk", "agenda", "minutes_approved", False),
        ("clerk", "meeting_number", "planned", False),
    ],
)
def test_meeting_field_owners(client, fmeeting, fdirective, user, field, state, allowed):
    meeting = fmeeting(state)
    fdirective(meeting) if state != "planned" else None
    value = {
        "title": "Nowa narada",
        "attendees": [{"name": "Anna", "present": False}],
        "minutes": "<p>Protokół.</p>",
        "agenda": [{"topic": "Inny"}],
        "meeting_number": "99/2026",
    }[field]
    response = no_5xx(client(user).patch(meeting.absolute_url(), json={field: value}))
    if allowed:
        assert response.status_code == 204, response.text
    else:
        assert response.status_code in (400, 401, 403), response.text
        if response.status_code == 400:
            assert response.json()["error"]["field"] == field
