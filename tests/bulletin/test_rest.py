"""The press office adds and publishes an issue over REST; every field has an owner; bad
input is a 400 naming the field and writes nothing."""

from datetime import date
from tests.bulletin.conftest import PDF

import base64
import pytest
import transaction


def _body(**fields):
    body = {
        "@type": "BulletinIssue",
        "title": "Biuletyn Informacyjny – marzec",
        "issue_date": "2026-03-02",
        "contents": [{"title": "Budżet obywatelski 2027", "page": "2"}],
        "file": {
            "data": base64.b64encode(PDF).decode(),
            "encoding": "base64",
            "filename": "biuletyn-3-2026.pdf",
            "content-type": "application/pdf",
        },
    }
    body.update(fields)
    return body


def _error(response, field):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error.get("field") == field or field in error["message"], error


def test_the_press_office_adds_and_publishes_an_issue(client, fportal):
    press = client("press")
    response = press.post("biuletyn", json=_body())
    assert response.status_code == 201, response.text
    issue = response.json()
    assert issue["number"] == "1/2026"
    assert issue["review_state"] == "private"
    assert client().get(issue["@id"]).status_code == 401
    published = press.post(f"{issue['@id']}/@workflow/publish")
    assert published.status_code == 200, published.text
    anonymous = client().get(issue["@id"]).json()
    assert anonymous["number"] == "1/2026"
    assert anonymous["contents"] == [{"title": "Budżet obywatelski 2027", "page": "2"}]


def test_a_duplicate_number_is_a_400_naming_number(client, fissue):
    fissue(number="4/2026")
    before = len(client("press").get("biuletyn/@bulletin").json()["groups"][0]["items"])
    _error(client("press").post("biuletyn", json=_body(number="4/2026")), "number")
    after = len(client("press").get("biuletyn/@bulletin").json()["groups"][0]["items"])
    assert before == after  # nothing half-written


def test_editing_into_a_taken_number_is_refused(client, fissue):
    fissue(number="1/2026")
    second = fissue(number="2/2026")
    _error(client("press").patch(second.absolute_url(), json={"number": "1/2026"}), "number")


def test_a_number_in_another_shape_is_refused(client):
    response = client("press").post("biuletyn", json=_body(number="marzec"))
    assert response.status_code == 400
    assert "number" in response.text


def test_publishing_without_the_pdf_is_a_400_naming_file(client, fissue):
    issue = fissue(with_pdf=False)
    _error(client("press").post(f"{issue.absolute_url()}/@workflow/publish"), "file")


def test_a_file_that_is_not_a_pdf_is_refused(client):
    body = _body()
    body["file"]["data"] = base64.b64encode(b"MZ not a pdf").decode()
    _error(client("press").post("biuletyn", json=body), "file")


def test_the_file_size_limit_of_the_settings(client, fportal):
    from plone import api

    api.portal.set_registry_record("kancelaria.max_attachment_mb", 1)
    transaction.commit()
    body = _body()
    big = PDF + b"0" * (1024 * 1024 + 10)
    body["file"]["data"] = base64.b64encode(big).decode()
    _error(client("press").post("biuletyn", json=body), "file")


def test_contents_rows_limit_of_the_settings(client, fportal):
    from plone import api

    api.portal.set_registry_record("kancelaria.max_table_rows", 2)
    transaction.commit()
    rows = [{"title": f"Artykuł {n}", "page": str(n)} for n in range(3)]
    _error(client("press").post("biuletyn", json=_body(contents=rows)), "contents")


@pytest.mark.parametrize("user", [None, "outsider", "woik", "clerk", "mayor"])
def test_only_the_press_office_adds_issues(client, user):
    assert client(user).post("biuletyn", json=_body()).status_code in (401, 403)


@pytest.mark.parametrize("user", [None, "outsider", "woik", "clerk", "mayor"])
def test_only_the_press_office_edits_and_publishes(client, fissue, user):
    issue = fissue()
    url = issue.absolute_url()
    assert client(user).patch(url, json={"title": "Inny"}).status_code in (400, 401, 403)
    assert client(user).post(f"{url}/@workflow/publish").status_code in (400, 401, 403)
    transaction.begin()
    assert issue.title == "Biuletyn Informacyjny"


def test_without_a_number_the_next_of_its_date_s_year(client, fissue):
    fissue(number="7/2025", issue_date=date(2025, 10, 1))
    response = client("press").post("biuletyn", json=_body(issue_date="2025-12-01"))
    assert response.status_code == 201, response.text
    assert response.json()["number"] == "8/2025"
