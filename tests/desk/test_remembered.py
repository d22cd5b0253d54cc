"""The desk and the deadlines are answered once per change of the catalog
(``kancelaria.case.remembered``): what a person sees is never older than the last committed
change, never another person's, and a transaction sees its own changes."""

from DateTime import DateTime
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import desk
from kancelaria.case import listing
from kancelaria.case import registration
from kancelaria.case import remembered
from kancelaria.case import routing
from plone import api
from plone.app.testing import logout
from tests.desk.conftest import desk_of
from tests.interpellations.conftest import _make

import transaction


def _titles(queue):
    return {item["title"] for item in queue["items"]}


def test_desk_follows_each_committed_change(client, office, fportal):
    register = fportal["interpelacje"]
    first = desk_of(client, "clerk")
    assert desk_of(client, "clerk") == first  # the same answer, remembered
    _make(register, "registered", "Nowa 3")
    transaction.commit()
    after = desk_of(client, "clerk")
    assert after["to_route"]["count"] == first["to_route"]["count"] + 1
    assert "Nowa 3" in _titles(after["to_route"])
    with api.env.adopt_roles(["Manager"]):
        routing.route(office["new1"], ["WOIK"])
    transaction.commit()
    routed = desk_of(client, "clerk")
    assert "Nowa 1" not in _titles(routed["to_route"])
    assert routed["to_route"]["count"] == first["to_route"]["count"]


def test_one_persons_desk_is_never_anothers(client, office):
    """The clerk, then WKSP, then WOIK, then the clerk again, the catalog unchanged in
    between: each gets the answer of their own rights."""
    clerk = desk_of(client, "clerk")
    wksp = desk_of(client, "wksp")
    woik = desk_of(client, "woik")
    assert "to_route" in clerk and "to_route" not in wksp
    assert _titles(clerk["overdue"]) == _titles(woik["overdue"]) == {"Zaległa"}  # WOIK's
    assert _titles(wksp["overdue"]) == set()
    assert _titles(wksp["due_this_week"]) == set()
    assert desk_of(client, "clerk") == clerk


def test_deadlines_follow_each_committed_change(client, office, fportal):
    def overdue(user):
        response = client(user).get("kancelaria/@deadlines?status=overdue")
        assert response.status_code == 200, response.text
        return {item["title"] for item in response.json()["items"]}

    assert overdue("clerk") == overdue("clerk") == {"Zaległa"}
    assert overdue("wksp") == set()  # WKSP's cases only, though the clerk's were remembered
    old = clock.today() - timedelta(days=30)
    _make(fportal["interpelacje"], "forwarded", "Zaległa 2", received_date=old)
    transaction.commit()
    assert overdue("clerk") == overdue("woik") == {"Zaległa", "Zaległa 2"}
    assert overdue("wksp") == set()


def test_a_transaction_reads_its_own_changes(office):
    """Within one transaction (a form that routes, then shows the desk), before and after
    a savepoint: the desk counts what the transaction has done, not the committed state."""
    with api.env.adopt_roles(["Manager"]):
        before = {q["id"]: q["count"] for q in desk.desk()}
        soon = len(listing.open_cases(within_days=7))
        routing.route(office["new1"], ["WOIK"])
        assert {q["id"]: q["count"] for q in desk.desk()}["to_route"] == before["to_route"] - 1
        transaction.savepoint()
        assert {q["id"]: q["count"] for q in desk.desk()}["to_route"] == before["to_route"] - 1
        registration.change_deadline(office["wksp"], clock.today() + timedelta(days=1), "Pilne")
        transaction.savepoint()
        assert len(listing.open_cases(within_days=7)) == soon + 1
    transaction.abort()


def test_the_same_query_for_other_rights(office):
    """One query, remembered for the office: a visitor asking it gets the public cases only
    (the registered ones are the office's until forwarded)."""
    query = {"portal_type": "Interpellation", "sort_on": "sortable_title"}
    with api.env.adopt_roles(["Manager"]):
        everything = [brain.Title for brain in remembered.search(query)]
    logout()
    public = [brain.Title for brain in remembered.search(query)]
    assert {"Nowa 1", "Zaległa"} <= set(everything)
    assert "Zaległa" in public and "Nowa 1" not in public


def test_remembered_until_a_publication_date_passes(fportal):
    """Time alone changes what a visitor may see when an item's publication or expiry date
    passes: the answers are remembered until the first such date to come, no longer."""
    catalog = api.portal.get_tool("portal_catalog")
    index = catalog._catalog.indexes["effectiveRange"]
    soon, later = DateTime() + 3, DateTime() + 5
    with api.env.adopt_roles(["Manager"]):
        coming = api.content.create(
            container=fportal["aktualnosci"], type="News Item", title="Zapowiedź festynu"
        )
        api.content.transition(obj=coming, transition="publish")
        coming.setEffectiveDate(soon)
        coming.reindexObject()
        ending = api.content.create(
            container=fportal["aktualnosci"], type="News Item", title="Ogłoszenie do piątku"
        )
        api.content.transition(obj=ending, transition="publish")
        ending.setExpirationDate(later)
        ending.reindexObject()
    transaction.commit()
    since, since_only, until, until_only = remembered._next_date_passing(catalog)
    assert index._convertDateTime(soon) in (since, since_only)
    assert index._convertDateTime(later) in (until, until_only)
    logout()
    titles = {b.Title for b in remembered.search({"portal_type": "News Item"})}
    assert "Ogłoszenie do piątku" in titles and "Zapowiedź festynu" not in titles
