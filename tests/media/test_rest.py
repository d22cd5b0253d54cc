"""Over REST: the office orders and records the research, the press office publishes it;
every field has an owner in every state; bad input is a 400 naming the field and writes
nothing."""

from plone import api
from tests.bulletin.conftest import PDF

import base64
import pytest


def _pdf(data=PDF, name="raport.pdf"):
    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": name,
        "content-type": "application/pdf",
    }


def _body(**fields):
    body = {
        "@type": "ResearchOrder",
        "title": "Analiza sytuacji mieszkaniowej miasta",
        "kind": "analysis",
        "scope": "Zasób komunalny, potrzeby, prognoza do 2030 r.",
        "contractor": "Instytut Rozwoju Miast",
        "cost": "18450.00",
        "order_date": "2026-02-10",
        "due_date": "2026-04-30",
    }
    body.update(fields)
    return body


def _error(response, field):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error.get("field") == field or field in error["message"], error


def _titles(client, user="clerk"):
    return [i["title"] for i in client(user).get("media/@media").json()["items"]]


def test_the_office_orders_and_records_the_press_office_publishes(client, fportal):
    clerk, press = client("clerk"), client("press")
    created = clerk.post("media", json=_body())
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    assert created.json()["review_state"] == "planned"
    assert clerk.post(f"{url}/@workflow/order").status_code == 200
    patched = clerk.patch(url, json={"report": _pdf(), "delivery_date": "2026-04-28"})
    assert patched.status_code == 204, patched.text
    assert clerk.post(f"{url}/@workflow/deliver").status_code == 200
    # the office does not publish; the press office does, with the summary
    assert clerk.post(f"{url}/@workflow/publish").status_code in (401, 403)
    assert press.patch(url, json={"summary": "Brakuje 400 mieszkań."}).status_code == 204
    assert press.post(f"{url}/@workflow/publish").status_code == 200
    public = client().get(url).json()
    assert public["review_state"] == "published"
    assert public["contractor"] == "Instytut Rozwoju Miast"
    assert public["summary"] == "Brakuje 400 mieszkań."
    assert public["report"]["download"].endswith("/@@download/report")


@pytest.mark.parametrize(
    "transition,state,field",
    [
        ("order", "planned", "contractor"),
        ("deliver", "ordered", "report"),
        ("publish", "delivered", "summary"),
    ],
)
def test_each_transition_refuses_naming_what_is_missing(
    client, fresearch, transition, state, field
):
    obj = fresearch(state=state, **{field: None})
    user = "press" if transition == "publish" else "clerk"
    _error(client(user).post(f"{obj.absolute_url()}/@workflow/{transition}"), field)
    assert client(user).get(obj.absolute_url()).json()["review_state"] == state


def test_a_negative_cost_is_a_400_naming_cost(client, fportal):
    before = _titles(client)
    _error(client("clerk").post("media", json=_body(cost="-1")), "cost")
    assert _titles(client) == before  # nothing half-written


def test_a_report_that_is_not_a_pdf_is_refused(client, fresearch):
    obj = fresearch(state="ordered")
    response = client("clerk").patch(
        obj.absolute_url(), json={"report": _pdf(b"MZ not a pdf", "raport.pdf")}
    )
    _error(response, "report")
    assert client("clerk").get(obj.absolute_url()).json()["report"] is None


#: field → who writes it (in the states before publication).
OWNERS = {
    "contractor": ("clerk",),
    "cost": ("clerk",),
    "report": ("clerk",),
    "summary": ("clerk", "press"),
}
VALUES = {
    "contractor": "Inna firma",
    "cost": "1.00",
    "report": None,  # filled below
    "summary": "Krótko.",
}


@pytest.mark.parametrize("state", ["planned", "ordered", "delivered", "published"])
@pytest.mark.parametrize("field", sorted(OWNERS))
@pytest.mark.parametrize("user", ["clerk", "press", "mayor"])
def test_field_owners(client, fresearch, state, field, user):
    obj = fresearch(state=state)
    value = _pdf() if field == "report" else VALUES[field]
    response = client(user).patch(obj.absolute_url(), json={field: value})
    allowed = state != "published" and user in OWNERS[field]
    where = (user, field, state)
    if allowed:
        assert response.status_code == 204, (where, response.text)
    elif user == "mayor" or state == "published":
        # no right to edit at all: refused before any field is read
        assert response.status_code in (400, 401, 403), (where, response.text)
    else:
        _error(response, field)


def test_a_broadcast_link_is_http_or_https(client, fportal):
    body = {"@type": "Broadcast", "title": "Magazyn miejski", "medium": "tv"}
    _error(
        client("press").post("media", json={**body, "recording_url": "javascript:alert(1)"}),
        "recording_url",
    )
    _error(
        client("press").post("media", json={**body, "recording_url": "ftp://x.pl/a.mp4"}),
        "recording_url",
    )
    ok = client("press").post(
        "media",
        json={
            **body,
            "recording_url": "https://tv.example.pl/magazyn/7",
            "air_dates": ["2026-04-02T18:00:00"],
        },
    )
    assert ok.status_code == 201, ok.text
    assert ok.json()["review_state"] == "private"


def test_a_recording_follows_the_media_settings(client, fportal):
    body = {"@type": "Broadcast", "title": "Audycja", "medium": "radio"}

    def recording(name):
        return {
            "data": base64.b64encode(b"ID3 audio").decode(),
            "encoding": "base64",
            "filename": name,
            "content-type": "audio/mpeg",
        }

    # an mp3 is no attachment of a case, but it is a recording
    assert client("press").post("media", json={**body, "recording": recording("a.mp3")}).ok
    _error(
        client("press").post("media", json={**body, "recording": recording("a.exe")}), "recording"
    )


def test_a_recording_larger_than_the_setting_is_refused(client, fportal):
    import transaction

    api.portal.set_registry_record("kancelaria.media.recording_max_mb", 1)
    transaction.commit()
    big = {
        "data": base64.b64encode(b"\0" * (1024 * 1024 + 10)).decode(),
        "encoding": "base64",
        "filename": "audycja.mp3",
        "content-type": "audio/mpeg",
    }
    body = {"@type": "Broadcast", "title": "Długa audycja", "recording": big}
    _error(client("press").post("media", json=body), "recording")


def test_only_the_press_office_publishes_a_broadcast(client, fbroadcast):
    obj = fbroadcast()
    url = obj.absolute_url()
    assert client("clerk").post(f"{url}/@workflow/publish").status_code in (401, 403)
    assert client("press").post(f"{url}/@workflow/publish").status_code == 200
    assert client().get(url).status_code == 200
    assert client("press").post(f"{url}/@workflow/retract").status_code == 200
    assert client().get(url).status_code == 401


def test_air_dates_are_local_times_and_bad_ones_name_the_field(client, fportal):
    body = {"@type": "Broadcast", "title": "Wiadomości z ratusza", "medium": "tv"}
    _error(client("press").post("media", json={**body, "air_dates": ["wczoraj"]}), "air_dates")
    made = client("press").post(
        "media", json={**body, "air_dates": ["2026-06-01T18:00:00+00:00", "2026-06-02T09:15"]}
    )
    assert made.status_code == 201, made.text
    # 18:00 UTC is 20:00 in Warsaw in June
    assert made.json()["air_dates"] == ["2026-06-01T20:00:00", "2026-06-02T09:15:00"]


@pytest.mark.parametrize("state", ["private", "published"])
@pytest.mark.parametrize("user,allowed", [("clerk", True), ("press", True), ("mayor", False)])
def test_a_broadcast_is_edited_by_the_office_and_the_press_office(
    client, fbroadcast, state, user, allowed
):
    obj = fbroadcast(state=state)
    response = client(user).patch(obj.absolute_url(), json={"description": "Poprawiony opis."})
    assert (response.status_code == 204) == allowed, response.text


def test_a_due_date_before_the_order_is_a_400_naming_it(client, fportal):
    _error(
        client("clerk").post("media", json=_body(order_date="2026-03-01", due_date="2026-02-01")),
        "due_date",
    )


def test_media_is_on_the_site_map_and_the_home_page(client, fportal):
    c = client()
    c.session.headers["Accept"] = "text/html"
    media = fportal["media"].absolute_url()
    assert f'href="{media}"' in c.get("mapa-strony").text
    assert f'href="{media}"' in c.get("").text


def test_only_the_office_adds_and_removes_research_orders(client, fresearch):
    bare = {"@type": "ResearchOrder", "title": "Zlecenie prasowe"}
    for user in ("press", "mayor", "woik", None):
        assert client(user).post("media", json=bare).status_code in (401, 403), user
    # the order's fields are the office's: named before anything is written
    _error(client("press").post("media", json=_body(title="Zlecenie prasowe")), "kind")
    assert "Zlecenie prasowe" not in _titles(client)
    planned = fresearch(title="Do usunięcia")
    url = planned.absolute_url()
    assert client("press").session.delete(url, timeout=60).status_code in (401, 403)
    assert client("clerk").session.delete(url, timeout=60).status_code == 204
