"""``GET @search`` is plone.restapi's search, each answer remembered until the catalog
changes (``services/search``): the same items, count and batching, per person's rights,
and a committed change is in the next answer."""

from tests.letters.conftest import make_incoming
from zope.component import queryUtility
from zope.ramcache.interfaces.ram import IRAMCache

import transaction

QUERY = {
    "portal_type": "IncomingLetter",
    "sort_on": "created",
    "sort_order": "descending",
    "metadata_fields": "signature",
}


def search(client, user="clerk", **params):
    response = client(user).get("@search", params={**QUERY, **params})
    assert response.status_code == 200, response.text
    return response.json()


def remembered_hits(site):
    """How often ``remembered.search`` answered from the site's RAM cache."""
    stats = queryUtility(IRAMCache, context=site).getStatistics()
    return sum(s["hits"] for s in stats if s["path"] == "kancelaria.case.remembered.search")


def titles(answer):
    return [item["title"] for item in answer["items"]]


def test_pages_counts_and_a_committed_change(client, fportal):
    register = fportal["kancelaria"]["korespondencja"]
    for number in range(5):
        make_incoming(register, title=f"Pismo {number}")
        transaction.commit()  # each its own creation time
    first = search(client, b_size=2)
    hits = remembered_hits(fportal)
    assert first == search(client, b_size=2)
    assert remembered_hits(fportal) == hits + 1  # the second answer was remembered
    assert first["items_total"] == 5
    assert titles(first) == ["Pismo 4", "Pismo 3"]
    assert first["items"][0]["signature"].startswith("KPM.")
    assert titles(search(client, b_size=2, b_start=2)) == ["Pismo 2", "Pismo 1"]
    assert "next" in first["batching"]
    make_incoming(register, title="Pismo najnowsze")
    transaction.commit()
    after = search(client, b_size=2)
    assert after["items_total"] == 6
    assert titles(after) == ["Pismo najnowsze", "Pismo 4"]


def test_each_person_gets_what_they_may_see(client, fportal):
    register = fportal["kancelaria"]["korespondencja"]
    make_incoming(register, title="Pismo kancelarii")
    make_incoming(register, "assigned", title="Pismo dla WOIK")  # routed to WOIK
    transaction.commit()
    assert search(client)["items_total"] == 2  # the clerk's answer, remembered first
    assert titles(search(client, "woik")) == ["Pismo dla WOIK"]
    assert search(client, "wksp")["items_total"] == 0
    assert search(client, None)["items_total"] == 0  # letters are never public
    assert search(client)["items_total"] == 2
