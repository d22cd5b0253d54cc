"""``POST /@case-status`` over the real server: the right pair gives the few facts and
nothing else; every wrong pair the same 404; missing or malformed fields a 400 naming them."""

from kancelaria.case import routing
from kancelaria.case import statuscheck
from plone import api

import pytest
import transaction


@pytest.fixture
def case(status_site, fcase):
    obj = fcase("Skarga na hałas przy ul. Lipowej")
    return obj


def code_of(obj):
    return statuscheck.stored_code(obj)


def test_right_pair_gives_the_facts_only(check, case):
    response = check(case.signature, code_of(case))
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == {"state", "departments", "deadline", "closed_date"}
    assert data["state"] == {"id": "registered", "title": "Zarejestrowana"}
    assert data["departments"] == []
    assert data["deadline"] == case.deadline.isoformat()
    assert data["closed_date"] is None
    assert "Lipowej" not in response.text
    assert response.headers["Cache-Control"] == "no-store"


def test_routed_and_closed(check, case, status_site):
    with api.env.adopt_roles(["Manager"]):
        routing.route(case, ["WOIK", "WKSP"])
    transaction.commit()
    data = check(case.signature, code_of(case)).json()
    assert data["state"] == {"id": "forwarded", "title": "Przekazana"}
    assert data["departments"] == [
        {"symbol": "WOIK", "title": "Wydział Organizacyjny, Informatyki i Kadr"},
        {"symbol": "WKSP", "title": "Wydział Kultury, Sportu i Promocji Miasta"},
    ]
    assert data["closed_date"] is None
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=case, transition="close")
    transaction.commit()
    from kancelaria import clock

    data = check(case.signature, code_of(case)).json()
    assert data["state"] == {"id": "closed", "title": "Zamknięta"}
    assert data["closed_date"] == clock.today().isoformat()
    catalog = api.portal.get_tool("portal_catalog")
    assert [b.UID for b in catalog.unrestrictedSearchResults(closed_date=clock.today())] == [
        case.UID()
    ]


def test_code_as_typed_from_paper(check, case):
    a, b = code_of(case).split("-")
    assert check(case.signature, f" {a.lower()} {b.lower()} ").status_code == 200
    assert check(case.signature.lower(), a + b).status_code == 200


def _other_code(code):
    return ("3" if code[0] != "3" else "4") + code[1:]


def test_every_wrong_pair_the_same_404(check, case, fcase, status_site):
    other = fcase("Inne pismo")
    with api.env.adopt_roles(["Manager"]):
        interpellation = api.content.create(
            container=status_site["interpelacje"],
            type="Interpellation",
            title="Oświetlenie",
            kind="interpellation",
            councillor="jan-nowak",
        )
        gone = api.content.create(
            container=status_site["kancelaria"]["korespondencja"],
            type="KancelariaTestCase",
            title="Usunięte",
        )
    gone_pair = (gone.signature, code_of(gone))
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=gone, check_linkintegrity=False)
    transaction.commit()
    unit, jrwa, number, year = case.signature.split(".")
    wrong = {
        "wrong code": (case.signature, _other_code(code_of(case))),
        "another case's code": (case.signature, code_of(other)),
        "unknown signature": (f"{unit}.{jrwa}.{int(number) + 100}.{year}", code_of(case)),
        "another year": (f"{unit}.{jrwa}.{number}.{int(year) - 1}", code_of(case)),
        "a type without the check": (interpellation.signature, code_of(case)),
        "a deleted case": gone_pair,
        "look-alike letters": (case.signature, "O" + code_of(case)[1:]),
    }
    answers = {name: check(*pair) for name, pair in wrong.items()}
    bodies = {name: (r.status_code, r.content) for name, r in answers.items()}
    first = next(iter(bodies.values()))
    assert first[0] == 404
    assert all(body == first for body in bodies.values()), bodies
    message = answers["wrong code"].json()["error"]["message"]
    assert message.startswith("Nie znaleziono sprawy")
    assert "field" not in answers["wrong code"].json()["error"]


@pytest.mark.parametrize(
    "body,field",
    [
        ({"code": "ABCDE-FGHJK"}, "signature"),
        ({"signature": "KPM.0002.1.2026"}, "code"),
        ({"signature": "", "code": "ABCDE-FGHJK"}, "signature"),
        ({"signature": 12, "code": "ABCDE-FGHJK"}, "signature"),
        ({"signature": "KPM/0002/1/2026", "code": "ABCDE-FGHJK"}, "signature"),
        ({"signature": "KPM.0002.1.2026" * 20, "code": "ABCDE-FGHJK"}, "signature"),
        ({"signature": "KPM.0002.1.2026", "code": "ABC"}, "code"),
        ({"signature": "KPM.0002.1.2026", "code": ["ABCDE-FGHJK"]}, "code"),
        ({"signature": "KPM.0002.1.2026", "code": "ABCDE-FGHJ!"}, "code"),
        ([], "body"),
    ],
)
def test_missing_or_malformed_400_names_the_field(check, body, field):
    response = check(body=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field
    assert error["message"].startswith(f"{field}:")


def test_not_json_400(check, status_site, portal_url):
    import requests

    response = requests.post(
        f"{portal_url}/@case-status",
        data="nie json",
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=60,
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "body"


def test_logged_in_cookie_needs_no_token(check, case, portal_url):
    """A check changes nothing: a logged-in browser's cookie session is not refused (CSRF)."""
    import requests

    session = requests.Session()
    from kancelaria.testing import PASSWORD

    login = session.post(
        f"{portal_url}/@login",
        json={"login": "outsider", "password": PASSWORD},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    session.cookies.set("__ac", login.json()["token"])
    response = session.post(
        f"{portal_url}/@case-status",
        json={"signature": case.signature, "code": code_of(case)},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
