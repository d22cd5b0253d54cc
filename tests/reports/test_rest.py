"""Reports over REST: the office adds and prepares, the press office or the mayor's group
publishes; bad input a 400 naming the field, nothing half-written."""

from datetime import timedelta
from kancelaria import clock

import pytest
import transaction


def _body(**fields):
    today = clock.today()
    body = {
        "@type": "ActivityReport",
        "title": "Sprawozdanie na sesję",
        "period_from": (today - timedelta(days=30)).isoformat(),
        "period_to": today.isoformat(),
        "session_date": (today + timedelta(days=7)).isoformat(),
    }
    body.update(fields)
    return body


def _titles(client):
    return [i["title"] for i in client("clerk").get("sprawozdania/@search").json()["items"]]


def test_the_office_adds_prepares_and_the_mayor_publishes(client):
    clerk = client("clerk")
    response = clerk.post("sprawozdania", json=_body())
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    assert response.json()["review_state"] == "draft"
    prepared = clerk.post(f"{url}/@prepare-draft", json={})
    assert prepared.status_code == 200, prepared.text
    assert "<h2>" in prepared.json()["text"]["data"]
    assert "<h2>" in clerk.get(url).json()["text"]["data"]
    assert client().get(url).status_code == 401
    # The office does not publish; the mayor's group does.
    assert clerk.post(f"{url}/@workflow/publish").status_code in (401, 403)
    assert client("mayor").post(f"{url}/@workflow/publish").status_code == 200
    assert client().get(url).json()["review_state"] == "published"


def test_the_press_office_publishes_too(client, freport):
    url = freport().absolute_url()
    assert client("press").post(f"{url}/@workflow/publish").status_code == 200


def test_publishing_needs_the_text(client, freport):
    url = freport(text=None).absolute_url()
    response = client("press").post(f"{url}/@workflow/publish")
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "text"


def test_a_period_in_the_wrong_order_is_a_400_naming_the_field(client):
    today = clock.today()
    before = _titles(client)
    response = client("clerk").post(
        "sprawozdania",
        json=_body(period_from=today.isoformat(), period_to=(today - timedelta(1)).isoformat()),
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "period_from"
    assert _titles(client) == before


def test_editing_the_period_into_the_wrong_order_is_refused(client, freport):
    obj = freport()
    response = client("clerk").patch(obj.absolute_url(), json={"period_from": "2026-04-15"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "period_from"
    transaction.begin()
    assert obj.period_from.isoformat() == "2026-03-01"


def test_an_edited_text_is_replaced_only_when_asked(client, freport):
    url = freport(text="<p>Tekst Kancelarii.</p>").absolute_url()
    clerk = client("clerk")
    refused = clerk.post(f"{url}/@prepare-draft", json={})
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "text"
    assert "Tekst Kancelarii" in clerk.get(url).json()["text"]["data"]
    assert clerk.post(f"{url}/@prepare-draft", json={"replace": "tak"}).status_code == 400
    assert clerk.post(f"{url}/@prepare-draft", json={"replace": True}).status_code == 200
    assert "Tekst Kancelarii" not in clerk.get(url).json()["text"]["data"]


@pytest.mark.parametrize("user", [None, "outsider", "woik"])
def test_others_neither_add_nor_prepare(client, freport, user):
    url = freport().absolute_url()
    assert client(user).post("sprawozdania", json=_body()).status_code in (401, 403)
    assert client(user).post(f"{url}/@prepare-draft", json={}).status_code in (401, 403)
    assert client(user).post(f"{url}/@workflow/publish").status_code in (401, 403)


def test_the_mayor_reads_but_does_not_edit_a_draft(client, freport):
    url = freport().absolute_url()
    mayor = client("mayor")
    assert mayor.get(url).status_code == 200
    assert mayor.patch(url, json={"title": "Inny"}).status_code in (401, 403)


def test_a_published_report_is_the_press_office_s_to_correct(client, freport):
    url = freport(state="published").absolute_url()
    assert client("clerk").patch(url, json={"title": "Inny"}).status_code in (401, 403)
    assert client("press").patch(url, json={"title": "Poprawione"}).status_code == 204
