"""Ceremonies over REST: the year's list (``@ceremonies``), the workflow, who writes which
field in which state, the plan of tasks routed to a department which reports it done and
the office verifies, the desk's queue, the speech's documents and the linked galleries."""

from datetime import date
from datetime import timedelta
from kancelaria import clock
from plone import api
from tests.ceremonies.conftest import ceremony_start
from tests.gallery.conftest import make_gallery

import pytest
import transaction

KALENDARZ = "kancelaria/kalendarz"


def no_5xx(response):
    assert response.status_code < 500, response.text[:3000]
    return response


def refused(response, field):
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field, response.json()
    return response


def ceremonies(fportal):
    transaction.begin()
    return {
        b.getId: b for b in fportal.portal_catalog.unrestrictedSearchResults(portal_type="Ceremony")
    }


def generate(client, year, user="clerk"):
    return no_5xx(client(user).post(f"{KALENDARZ}/@ceremonies", json={"year": year}))


def test_the_years_ceremonies(client, fportal):
    year = clock.today().year + 1
    made = generate(client, year)
    assert made.status_code == 201, made.text
    got = made.json()
    assert got["year"] == year
    created = {item["id"]: item for item in got["created"]}
    # The state days, each on its day at noon in Warsaw.
    third_of_may = created[f"swieto-3-maja-{year}"]
    assert third_of_may["title"] == "Święto Narodowe Trzeciego Maja"
    assert third_of_may["kind"] == "state_holiday"
    assert third_of_may["review_state"] == "planned"
    transaction.begin()
    obj = fportal.unrestrictedTraverse(f"{KALENDARZ}/swieto-3-maja-{year}")
    assert obj.start.astimezone(clock.zone()).date() == date(year, 5, 3)
    assert obj.start.astimezone(clock.zone()).hour == 12
    for key, day in {
        "swieto-niepodleglosci": (11, 11),
        "zolnierze-wykleci": (3, 1),
        "dzien-flagi": (5, 2),
        "swieto-wojska-polskiego": (8, 15),
        "wybuch-ii-wojny-swiatowej": (9, 1),
        "17-wrzesnia": (9, 17),
    }.items():
        assert created[f"{key}-{year}"]["start"][5:10] == f"{day[0]:02d}-{day[1]:02d}", key
    # The movable day: the last Sunday of January.
    silesian = date.fromisoformat(created[f"tragedia-gornoslaska-{year}"]["start"][:10])
    assert silesian.month == 1 and silesian.weekday() == 6 and silesian.day > 24
    # No city anniversary until the office enters one (no made-up date by default).
    assert [i for i in got["created"] if i["kind"] == "city_anniversary"] == []
    assert len(ceremonies(fportal)) == len(created)

    # Twice: nothing new, and it says so.
    again = generate(client, year)
    assert again.status_code == 200, again.text
    assert again.json()["created"] == []
    assert "nothing added" in again.json()["message"]
    assert sorted(again.json()["existing"]) == sorted(created)
    assert len(ceremonies(fportal)) == len(created)


def test_anniversaries_come_from_the_settings(client, fportal):
    year = clock.today().year + 2
    transaction.begin()
    api.portal.set_registry_record(
        "kancelaria.ceremonies.anniversaries",
        [{"month": 6, "day": 20, "title": "Dni Świętochłowic"}],
    )
    transaction.commit()
    got = generate(client, year).json()
    anniversaries = [i for i in got["created"] if i["kind"] == "city_anniversary"]
    assert [(i["title"], i["start"][:10]) for i in anniversaries] == [
        ("Dni Świętochłowic", f"{year}-06-20")
    ]
    # A generated ceremony is an ordinary one: the office edits it, a rerun keeps it.
    url = anniversaries[0]["@id"]
    assert client("clerk").patch(url, json={"place": "Rynek"}).status_code == 204
    transaction.begin()
    api.portal.set_registry_record(
        "kancelaria.ceremonies.anniversaries",
        [
            {"month": 6, "day": 20, "title": "Dni Świętochłowic"},
            {"month": 9, "day": 5, "title": "Święto Parku Heiloo"},
        ],
    )
    transaction.commit()
    rerun = generate(client, year).json()
    assert [i["title"] for i in rerun["created"]] == ["Święto Parku Heiloo"]
    assert client("clerk").get(url).json()["place"] == "Rynek"


@pytest.mark.parametrize(
    "body",
    [{}, {"year": "dwa tysiące"}, {"year": 1800}, {"year": 3000}, {"year": True}, {"year": 20.5}],
)
def test_bad_year(client, fportal, body):
    before = len(ceremonies(fportal))
    response = no_5xx(client("clerk").post(f"{KALENDARZ}/@ceremonies", json=body))
    refused(response, "year")
    assert "give a year from" in response.json()["error"]["message"]
    assert len(ceremonies(fportal)) == before


@pytest.mark.parametrize("user", [None, "outsider", "woik", "press"])
def test_only_the_office_generates(client, fportal, user):
    response = generate(client, clock.today().year + 1, user=user)
    assert response.status_code in (401, 403), response.text
    assert ceremonies(fportal) == {}


def test_generated_only_in_the_calendar(client, fportal):
    response = no_5xx(
        client("clerk").post("kancelaria/narady/@ceremonies", json={"year": clock.today().year})
    )
    assert response.status_code in (401, 403, 404)
    assert ceremonies(fportal) == {}


def test_plan_and_hold(client, fportal):
    body = {
        "@type": "Ceremony",
        "title": "Obchody Dnia Flagi",
        "start": ceremony_start().isoformat(),
        "place": "Plac Jana Pawła II",
        "kind": "state_holiday",
        "organisers": "Urząd Miejski\nMiejski Dom Kultury",
        "guests": [{"name": "Anna Nowak", "function": "Poseł", "invited": True}],
    }
    made = no_5xx(client("clerk").post(KALENDARZ, json=body))
    assert made.status_code == 201, made.text
    url = made.json()["@id"]
    assert made.json()["review_state"] == "planned"
    assert made.json()["guests"][0]["name"] == "Anna Nowak"
    # The mayor may not mark it held nor plan it again: the office does.
    assert client("mayor").post(f"{url}/@workflow/hold").status_code in (400, 401, 403)
    assert client("clerk").post(f"{url}/@workflow/hold").status_code == 200
    form = client("clerk").session.get(f"{url}/@@reopen-ceremony", headers={"Accept": "text/html"})
    assert form.status_code == 200 and 'name="form.widgets.comment"' in form.text
    assert "Obchody Dnia Flagi" in form.text
    denied = client("mayor").session.get(f"{url}/@@reopen-ceremony", allow_redirects=False)
    assert denied.status_code in (302, 401, 403)
    refused(client("clerk").post(f"{url}/@workflow/reopen"), "comment")
    reopened = client("clerk").post(f"{url}/@workflow/reopen", json={"comment": "Przełożona"})
    assert reopened.status_code == 200, reopened.text
    assert client("clerk").get(url).json()["review_state"] == "planned"


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"title": ""}, "title"),
        ({"start": None}, "start"),
        ({"kind": "birthday"}, "kind"),
        ({"guests": [{"function": "Poseł"}]}, "guests"),
    ],
)
def test_bad_ceremony(client, fportal, fields, field):
    before = len(ceremonies(fportal))
    body = {"@type": "Ceremony", "title": "Obchody", "start": ceremony_start().isoformat()}
    refused(no_5xx(client("clerk").post(KALENDARZ, json={**body, **fields})), field)
    assert len(ceremonies(fportal)) == before


@pytest.mark.parametrize(
    "user, field, state, allowed",
    [
        ("clerk", "title", "planned", True),
        ("clerk", "speech", "held", True),
        ("mayor", "speech", "planned", True),
        ("mayor", "guests", "held", True),
        ("press", "place", "planned", False),
        ("press", "galleries", "held", False),
        ("woik", "place", "planned", False),
        ("woik", "speech", "planned", False),
        ("outsider", "title", "planned", False),
    ],
)
def test_field_owners(client, fceremony, ftask, user, field, state, allowed):
    ceremony = fceremony(state)
    ftask(ceremony, departments=("WOIK",)) if state == "planned" else None
    value = {
        "title": "Nowe obchody",
        "speech": "<p>Szanowni Państwo!</p>",
        "guests": [{"name": "Jan Kowalski"}],
        "place": "Rynek",
        "galleries": [],
    }[field]
    response = no_5xx(client(user).patch(ceremony.absolute_url(), json={field: value}))
    if allowed:
        assert response.status_code == 204, response.text
    else:
        assert response.status_code in (400, 401, 403), response.text
        if response.status_code == 400:
            assert response.json()["error"]["field"] == field


def test_tasks_to_a_department(client, fceremony, smtp):
    ceremony = fceremony(start=ceremony_start(days_ahead=12))
    url = ceremony.absolute_url()
    deadline = (clock.today() + timedelta(days=7)).isoformat()
    made = no_5xx(
        client("clerk").post(
            url,
            json={
                "@type": "Directive",
                "title": "Nagłośnienie placu",
                "departments": ["WOIK"],
                "deadline": deadline,
            },
        )
    )
    assert made.status_code == 201, made.text
    task = made.json()
    # Received the day it is issued (the ceremony is still ahead), routed with its mail.
    assert task["received_date"] == clock.today().isoformat()
    assert task["deadline"] == deadline
    transaction.begin()
    assert any("woik@example.org" in m["to"] for m in smtp)
    # The office's and the mayor's desk: the ceremony, upcoming, has an open task.
    for user in ("clerk", "mayor"):
        queues = {q["id"]: q for q in client(user).get("kancelaria/@desk").json()["queues"]}
        assert url in [i["@id"] for i in queues["ceremonies_open_tasks"]["items"]], user
    assert "ceremonies_open_tasks" not in {
        q["id"] for q in client("woik").get("kancelaria/@desk").json()["queues"]
    }
    # The department sees its task on its desk and on the ceremony's page, and reports.
    woik = client("woik")
    desk = {q["id"]: q for q in woik.get("kancelaria/@desk").json()["queues"]}
    assert task["@id"] in [i["@id"] for i in desk["directives_to_do"]["items"]]
    page = woik.session.get(url, headers={"Accept": "text/html"}).text
    assert "Nagłośnienie placu" in page and ceremony.place in page
    progress = woik.post(f"{task['@id']}/@progress", json={"note": "Zamówione", "percent": 50})
    assert progress.status_code == 201, progress.text
    assert woik.patch(task["@id"], json={"completion_report": "<p>Gotowe.</p>"}).status_code == 204
    assert woik.post(f"{task['@id']}/@workflow/report_done").status_code == 200
    assert client("clerk").post(f"{task['@id']}/@workflow/verify").status_code == 200
    # Verified: no open task, off the desk.
    queues = {q["id"]: q for q in client("clerk").get("kancelaria/@desk").json()["queues"]}
    assert url not in [i["@id"] for i in queues["ceremonies_open_tasks"]["items"]]


def test_desk_shows_only_upcoming_ceremonies(client, fceremony, ftask):
    soon = fceremony(title="Za tydzień", start=ceremony_start(days_ahead=7))
    later = fceremony(title="Za dwa miesiące", start=ceremony_start(days_ahead=60))
    past = fceremony(title="Wczoraj", start=ceremony_start(days_ahead=-1))
    held = fceremony(title="Odbyta", start=ceremony_start(days_ahead=3))
    for obj in (soon, later, past, held):
        ftask(obj)
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=held, transition="hold")
    transaction.commit()
    queues = {q["id"]: q for q in client("clerk").get("kancelaria/@desk").json()["queues"]}
    listed = [i["title"] for i in queues["ceremonies_open_tasks"]["items"]]
    assert listed == ["Za tydzień"]
    assert queues["ceremonies_open_tasks"]["count"] == 1


def test_speech_documents(client, fceremony):
    ceremony = fceremony()
    url = ceremony.absolute_url()
    assert client("clerk").session.get(f"{url}/@@pdf").status_code == 404
    speech = "<p>Szanowni Państwo, drodzy Mieszkańcy!</p>"
    assert client("mayor").patch(url, json={"speech": speech}).status_code == 204
    pdf = client("clerk").session.get(f"{url}/@@pdf")
    assert pdf.status_code == 200
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    docx = client("mayor").session.get(f"{url}/@@docx")
    assert docx.status_code == 200
    assert docx.headers["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    from docx import Document
    from io import BytesIO

    text = "\n".join(p.text for p in Document(BytesIO(docx.content)).paragraphs)
    assert "Szanowni Państwo, drodzy Mieszkańcy!" in text
    assert ceremony.title in text
    page = client("clerk").session.get(url, headers={"Accept": "text/html"}).text
    assert f"{url}/@@pdf" in page and f"{url}/@@docx" in page


def test_galleries_linked(client, fportal, fceremony):
    ceremony = fceremony("held")
    transaction.begin()
    gallery = make_gallery(fportal, title="Obchody Święta Niepodległości 2026")
    transaction.commit()
    url = ceremony.absolute_url()
    patched = client("press").patch(url, json={"galleries": [gallery.UID()]})
    assert patched.status_code in (401, 403)
    patched = client("clerk").patch(url, json={"galleries": [gallery.UID()]})
    assert patched.status_code == 204, patched.text
    got = client("clerk").get(url).json()
    assert [g["@id"] for g in got["galleries"]] == [gallery.absolute_url()]
    for user in ("clerk", "press", "mayor"):
        page = client(user).session.get(url, headers={"Accept": "text/html"}).text
        assert gallery.absolute_url() in page and gallery.title in page, user
    # The gallery's page links back to the ceremony, for who sees the ceremony only.
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=gallery, transition="publish")
    transaction.commit()
    for user, sees in (("clerk", True), ("press", True), ("woik", False), (None, False)):
        response = client(user).session.get(gallery.absolute_url(), headers={"Accept": "text/html"})
        assert response.status_code == 200, user
        assert (url in response.text) is sees, user


@pytest.mark.parametrize("view", ["@@ceremonies-generate", "@@ceremonies-settings"])
def test_the_calendars_forms_are_the_offices(client, view):
    for user, allowed in (
        ("clerk", True),
        ("admin", True),
        ("mayor", False),
        ("press", False),
        ("woik", False),
        ("outsider", False),
        (None, False),
    ):
        response = no_5xx(
            client(user).session.get(
                f"{client(user).url(KALENDARZ)}/{view}",
                headers={"Accept": "text/html"},
                allow_redirects=False,
            )
        )
        if allowed:
            assert response.status_code == 200, (user, response.status_code)
            assert 'name="form.widgets.' in response.text, user
        else:
            assert response.status_code in (302, 401, 403), (user, response.status_code)
            assert 'name="form.widgets.' not in response.text, user


@pytest.mark.parametrize("view", ["@@ceremonies-generate", "@@ceremonies-settings"])
def test_the_forms_live_on_the_calendar_only(client, fportal, view):
    response = no_5xx(
        client("clerk").session.get(
            client("clerk").url(f"kancelaria/narady/{view}"), headers={"Accept": "text/html"}
        )
    )
    assert response.status_code == 404
    assert ceremonies(fportal) == {}
