"""The generator of realistic data (``kancelaria.volume``): 300 items over three years hold
every type, numbers without gaps that the next registration continues, a catalog that tells
the truth, the states and permissions of the workflow, and Polish text; and a generated
letter is what the product makes of a letter registered, routed and closed by hand."""

from collections import defaultdict
from datetime import timedelta
from kancelaria import clock
from kancelaria.case import numbering
from kancelaria.case import routing
from kancelaria.case.behaviors import ICase
from kancelaria.demo.clock import acting_as
from kancelaria.demo.data import CLERK
from kancelaria.volume import plans
from plone import api
from Products.CMFCore.indexing import processQueue

import pytest

POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


@pytest.fixture
def vportal(volume):
    return volume["portal"]


@pytest.fixture
def generated(volume):
    return volume["made"]


def _objects(portal):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=list(plans.BY_TYPE)):
        yield brain, brain._unrestrictedGetObject()


def test_every_type_numbered_without_gaps(vportal, generated):
    assert generated == 300
    catalog = api.portal.get_tool("portal_catalog")
    counts = {t: len(catalog.unrestrictedSearchResults(portal_type=t)) for t in plans.BY_TYPE}
    assert all(counts.values()), counts
    assert sum(counts.values()) == 300
    runs, incoming = defaultdict(list), defaultdict(list)
    for brain in catalog.unrestrictedSearchResults(object_provides=ICase.__identifier__):
        unit, jrwa, number, year = numbering.parse_signature(brain.signature)
        runs[(unit, jrwa, year)].append(number)
        if brain.portal_type == "IncomingLetter":
            log, number, year = brain.incoming_number.split("/")
            incoming[int(year)].append(int(number))
    assert len({y for (_u, _j, y) in runs}) >= 3  # three years of lists
    for (unit, jrwa, year), numbers in runs.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), (jrwa, year)
        assert numbering.last_number(unit, jrwa, year) == len(numbers)
    for year, numbers in incoming.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), year
    # The next letter registered by hand continues this year's list and log.
    today = clock.today()
    jrwa = api.portal.get_registry_record("kancelaria.type_jrwa")["IncomingLetter"]
    last = numbering.last_number("KPM", jrwa, today.year)
    last_log = numbering.last_in_log("RPW", today.year)
    with api.env.adopt_user(username=CLERK):
        letter = api.content.create(
            container=vportal["kancelaria"]["korespondencja"],
            type="IncomingLetter",
            title="Wniosek po wygenerowaniu",
            sender_name="Jan Nowak",
            received_date=today,
        )
    assert letter.signature == f"KPM.{jrwa}.{last + 1}.{today.year}"
    assert letter.incoming_number == f"RPW/{last_log + 1}/{today.year}"


def test_catalog_states_permissions_and_text_true(vportal, generated):
    wf_tool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    today = clock.today()
    old_open = old = 0
    for brain, obj in _objects(vportal):
        assert brain.review_state == api.content.get_state(obj)
        assert brain.Title == obj.Title()
        assert brain.created == obj.created()
        assert brain.modified == obj.modified()
        if ICase.providedBy(obj):
            assert brain.signature == obj.signature
        closed = _indexed(catalog, obj)[0]["closed_date"]
        assert (closed in (None, "")) == (getattr(obj, "closed_date", None) is None)
        for wf in wf_tool.getWorkflowsFor(obj):
            # The permissions are what the state gives: nothing to change.
            assert not wf.updateRoleMappingsFor(obj), obj.absolute_url()
        for symbol in getattr(obj, "departments", None) or ():
            assert obj.get_local_roles_for_userid(f"dept-{symbol.lower()}"), symbol
        received = getattr(obj, "received_date", None)
        if ICase.providedBy(obj) and received and today - received > timedelta(days=90):
            old += 1
            old_open += brain.case_open
            # Registered on the day it came: the history starts then.
            first = obj.workflow_history[wf_tool.getChainFor(obj)[0]][0]
            assert first["time"].asdatetime().astimezone(clock.zone()).date() == received, (
                obj.portal_type,
                obj.workflow_history,
            )
            assert obj.created().asdatetime().astimezone(clock.zone()).date() == received
    assert old > 150
    assert old_open <= old * 0.05  # most old cases are closed
    # Polish text
    titles = [brain.Title for brain, _obj in _objects(vportal)]
    texts = [getattr(obj, "summary", "") or "" for _b, obj in _objects(vportal)]
    assert sum(bool(POLISH & set(t)) for t in titles + texts) > len(titles) / 2
    assert any("Interpelacja w sprawie" in t for t in titles)


def _indexed(catalog, obj):
    rid = catalog.getrid("/".join(obj.getPhysicalPath()))
    return catalog.getIndexDataForRID(rid), catalog.getMetadataForRID(rid)


def _value(indexed):
    """What an index holds (a keyword index's values in no particular order)."""
    return set(indexed) if isinstance(indexed, (list, tuple)) else indexed


def test_generated_letter_like_registered(vportal, generated):
    """A closed, routed incoming letter of the generator and one the clerk registers, routes
    and closes through the product: the same indexes and metadata filled, the same state,
    permissions, local roles and history actions."""
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(
        portal_type="IncomingLetter", review_state="closed", departments="WOIK"
    )[0]
    made = brain._unrestrictedGetObject()
    with acting_as(CLERK):
        by_hand = api.content.create(
            container=vportal["kancelaria"]["korespondencja"],
            type="IncomingLetter",
            title=made.title,
            sender_name=made.sender_name,
            sender_organisation=made.sender_organisation,
            sender_address=made.sender_address,
            sender_reference=made.sender_reference,
            letter_date=made.letter_date,
            channel=made.channel,
            kind=made.kind,
            summary=made.summary,
            received_date=made.received_date,
        )
        routing.route(by_hand, ["WOIK"], "Proszę o załatwienie sprawy.")
        api.content.transition(obj=by_hand, transition="close", comment="Załatwiono.")
    processQueue()  # what the catalog holds after the commit
    made_index, made_meta = _indexed(catalog, made)
    hand_index, hand_meta = _indexed(catalog, by_hand)
    filled = {k for k, v in made_index.items() if v not in (None, "", (), [])}
    assert filled == {k for k, v in hand_index.items() if v not in (None, "", (), [])}
    assert set(made_meta) == set(hand_meta)
    for name in (
        "review_state",
        "case_open",
        "allowedRolesAndUsers",
        "object_provides",
        "portal_type",
        "departments",
        "desk_queues",
        "jrwa",
        "received_date",
        "deadline",
    ):
        assert _value(made_index[name]) == _value(hand_index[name]), name
    for permission in ("View", "Modify portal content", "Access contents information"):
        assert made.rolesOfPermission(permission) == by_hand.rolesOfPermission(permission)
    assert dict(made.get_local_roles()) == {
        **dict(by_hand.get_local_roles()),
        **{k: v for k, v in made.get_local_roles() if k not in dict(by_hand.get_local_roles())},
    }
    assert made.get_local_roles_for_userid("dept-woik") == by_hand.get_local_roles_for_userid(
        "dept-woik"
    )
    actions = [e["action"] for e in made.workflow_history["kancelaria_incoming_workflow"]]
    by_hand_actions = [
        e["action"] for e in by_hand.workflow_history["kancelaria_incoming_workflow"]
    ]
    assert actions == by_hand_actions
    assert made.closed_date <= clock.today() and by_hand.closed_date == clock.today()
    assert made.closed_date > made.received_date - timedelta(days=1)
