"""The register's pages are searched once per change of the catalog
(``kancelaria.case.remembered``): a letter registered, edited or routed is on the next page
anyone opens, in its place, with the count, and a department still sees only its own."""

from tests.letters.conftest import make_incoming

import transaction

REGISTER = "kancelaria/korespondencja"


def page(client, user="clerk", **params):
    response = client(user).get(f"{REGISTER}/@letters", params={"b_size": 5, **params})
    assert response.status_code == 200, response.text
    data = response.json()
    return data["items_total"], [item["title"] for item in data["items"]]


def test_the_next_page_shows_each_committed_change(client, fportal, fincoming):
    for number in range(8):
        fincoming(title=f"Pismo {number}")
    first = page(client)
    assert first == page(client)  # remembered
    assert first[0] == 8
    made = fincoming(title="Pismo najnowsze")
    total, titles = page(client)
    assert total == 9 and titles[0] == "Pismo najnowsze"
    made.title = "Pismo najnowsze, poprawione"
    made.reindexObject()
    transaction.commit()
    assert page(client)[1][0] == "Pismo najnowsze, poprawione"
    register = fportal["kancelaria"]["korespondencja"]
    make_incoming(register, "assigned", title="Pismo dla WOIK")  # routed to WOIK
    transaction.commit()
    assert page(client, "woik") == (1, ["Pismo dla WOIK"])
    assert page(client, "wksp") == (0, [])
    assert page(client)[0] == 10
