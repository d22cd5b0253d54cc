"""Who sees which letters in the register of correspondence, by every way in: the page,
``@letters``, the CSV export. A department sees the letters routed to it and the replies to
them, nothing else; people outside the office nothing at all."""

from .register_data import make_letters
from kancelaria.testing import PASSWORD

import csv
import lxml.html
import pytest
import requests

REGISTER = "kancelaria/korespondencja"
EVERYTHING = {"complaint", "inquiry", "closed", "wksp", "reply", "congrats"}
#: user → the letters the user finds (``None``: the register is closed to the user).
SEES = {
    "clerk": EVERYTHING,
    "mayor": EVERYTHING,
    "woik": {"inquiry", "closed", "reply"},
    "wksp": {"wksp"},
    # The press office opens the internal area (its desk) and finds none of these.
    "press": set(),
    "outsider": None,
    None: None,
}


@pytest.fixture
def letters(fportal):
    return make_letters(fportal)


def by_title(letters):
    return {obj.Title(): name for name, obj in letters.items()}


def get(fportal, user, path, **params):
    url = f"{fportal['kancelaria']['korespondencja'].absolute_url()}{path}"
    return requests.get(
        url,
        params=params,
        auth=(user, PASSWORD) if user else None,
        headers={"Accept": "text/html"},
        allow_redirects=False,
        timeout=60,
    )


def closed(response):
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and "login" in response.headers.get("Location", "")


@pytest.mark.parametrize("user", list(SEES), ids=[str(u) for u in SEES])
def test_each_sees_only_their_letters(client, fportal, letters, user):
    expected = SEES[user]
    titles = by_title(letters)

    rest = client(user).get(f"{REGISTER}/@letters", params={"b_size": 100})
    page = get(fportal, user, "")
    export = get(fportal, user, "/@@letters-export", format="csv")
    if expected is None:
        assert closed(rest) or rest.json().get("items") == [], rest.status_code
        assert closed(page), page.status_code
        assert closed(export), export.status_code
        return

    assert rest.status_code == 200
    assert {titles[i["title"]] for i in rest.json()["items"]} == expected
    assert rest.json()["items_total"] == len(expected)

    assert page.status_code == 200
    doc = lxml.html.fromstring(page.text)
    listed = {titles[a.text_content()] for a in doc.cssselect("td.kancelaria-subject a")}
    assert listed == expected
    assert doc.cssselect(".kancelaria-count-number")[0].text_content() == str(len(expected))

    assert export.status_code == 200
    rows = list(csv.reader(export.content.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert {titles[row[3]] for row in rows[1:]} == expected
    for text in (page.text, export.content.decode("utf-8-sig"), rest.text):
        for name in EVERYTHING - expected:
            assert letters[name].Title() not in text, (user, name)


@pytest.mark.parametrize("user", ["woik", "wksp"])
def test_a_department_filters_by_its_own_only(client, letters, user):
    other = {"woik": "WKSP", "wksp": "WOIK"}[user]
    response = client(user).get(f"{REGISTER}/@letters", params={"department": other})
    assert response.status_code == 400
    assert "department" in response.json()["error"]["message"]
    own = user.upper()
    response = client(user).get(f"{REGISTER}/@letters", params={"department": own})
    assert response.status_code == 200
