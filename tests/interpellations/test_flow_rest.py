"""The whole flow over the REST API, with the e-mail each step sends (real SMTP)."""

from kancelaria import clock
from plone import api

import transaction


def transition(client, user, obj, name, **body):
    return client(user).post(f"{obj.absolute_url()}/@workflow/{name}", body or None)


def test_flow(client, fportal, smtp):
    folder = fportal["interpelacje"].absolute_url()
    created = client("clerk").post(
        folder,
        {
            "@type": "Interpellation",
            "title": "Remont ulicy Wiejskiej",
            "kind": "interpellation",
            "councillor": "anna-kowalska",
            "text": {"data": "<p>Kiedy remont?</p>", "content-type": "text/html"},
            "received_date": "2026-11-02",
        },
    )
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["signature"].startswith("KPM.0003.1.")
    assert item["deadline"] == "2026-11-16"
    url = item["@id"]
    transaction.begin()
    obj = fportal["interpelacje"][item["id"]]

    routed = client("clerk").post(url + "/@route", {"departments": ["WOIK"], "comment": "Proszę"})
    assert routed.json()["review_state"] == "forwarded"
    assert [m["to"] for m in smtp] == [["woik@example.org"]]

    # An empty answer cannot be submitted: 400 naming the field.
    refused = transition(client, "woik", obj, "submit_answer")
    assert refused.status_code == 400
    assert refused.json()["error"]["field"] == "answer"

    patched = client("woik").patch(
        url, {"answer": {"data": "<p>Remont w 2027 r.</p>", "content-type": "text/html"}}
    )
    assert patched.status_code == 204, patched.text
    # The department may not touch the question.
    client("woik").patch(url, {"title": "Zmieniony temat"})
    assert client("clerk").get(url).json()["title"] == "Remont ulicy Wiejskiej"

    smtp.clear()
    assert transition(client, "woik", obj, "submit_answer").status_code == 200
    assert [m["to"] for m in smtp] == [["mayor@example.org"]]
    assert "Remont ulicy Wiejskiej" in smtp[0]["message"]["Subject"]

    # Returning without a comment: 400 naming the comment; with one: back to the department.
    refused = transition(client, "mayor", obj, "return_answer")
    assert refused.status_code == 400 and refused.json()["error"]["field"] == "comment"
    smtp.clear()
    assert (
        transition(client, "mayor", obj, "return_answer", comment="Podać termin").status_code == 200
    )
    assert [m["to"] for m in smtp] == [["woik@example.org"]]
    assert "Podać termin" in smtp[0]["message"].get_payload(decode=True).decode()

    assert transition(client, "woik", obj, "submit_answer").status_code == 200
    # Only the mayor approves.
    assert transition(client, "clerk", obj, "approve_answer").status_code in (400, 401, 403)
    smtp.clear()
    approved = transition(client, "mayor", obj, "approve_answer")
    assert approved.status_code == 200
    assert [m["to"] for m in smtp] == [["clerk@example.org"]]

    public = client(None).get(url).json()
    assert public["review_state"] == "answered"
    assert "Remont w 2027 r." in public["answer"]["data"]
    assert public["answer_date"]
    transaction.begin()
    assert api.content.get_state(obj) == "answered"


def test_bad_input(client, fportal):
    folder = fportal["interpelacje"].absolute_url()
    base = {
        "@type": "Interpellation",
        "title": "Temat",
        "kind": "inquiry",
        "councillor": "jan-nowak",
        "text": {"data": "<p>Pytanie</p>", "content-type": "text/html"},
    }
    for field, value in (
        ("councillor", "nieznany"),
        ("kind", "petycja"),
        ("title", None),
        ("text", None),
    ):
        body = dict(base)
        if value is None:
            body.pop(field)
        else:
            body[field] = value
        response = client("clerk").post(folder, body)
        assert response.status_code == 400, (field, response.text)
        assert field in response.text
    transaction.begin()
    assert fportal["interpelacje"].objectIds() == []
    assert client("woik").post(folder, base).status_code in (401, 403)


def test_digest_includes_interpellations(finterpellation, smtp):
    from datetime import timedelta
    from kancelaria.case.digest import send_digests

    finterpellation(
        "forwarded", title="Zaległa interpelacja", received_date=clock.today() - timedelta(days=30)
    )
    smtp.clear()
    assert send_digests(days=7) == {"WOIK": 1}
    transaction.commit()
    assert "Zaległa interpelacja" in smtp[0]["message"].get_payload(decode=True).decode()


def test_deadlines_of_a_department_only_its_own(client, finterpellation, fportal):
    """A forwarded interpellation is public, yet only its department follows its deadline."""
    finterpellation("forwarded", title="Dla WOIK")
    url = fportal["kancelaria"].absolute_url() + "/@deadlines"
    assert [i["title"] for i in client("woik").get(url).json()["items"]] == ["Dla WOIK"]
    assert client("wksp").get(url).json()["items"] == []
    assert client("wksp").get(url, params={"department": "WOIK"}).json()["items"] == []
    assert [i["title"] for i in client("mayor").get(url).json()["items"]] == ["Dla WOIK"]
    page = client("wksp").session.get(
        fportal["kancelaria"].absolute_url() + "/@@terminy", headers={"Accept": "text/html"}
    )
    assert "Dla WOIK" not in page.text
