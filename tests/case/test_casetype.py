"""A registered type declares what the core needs in one place (``CaseType``), and the core,
the profile and the workflows agree with the declarations."""

from datetime import timedelta
from kancelaria import clock
from kancelaria.case import casetype
from kancelaria.case import routing
from kancelaria.case.behaviors import ICase
from kancelaria.structure import FOLDERS
from plone import api
from plone.dexterity.utils import iterSchemataForType
from zope.dottedname.resolve import resolve as resolveDottedName

import pytest

#: The case types of the product (the test-only type is declared by the testing layer).
PRODUCT_TYPES = {
    "Interpellation",
    "IncomingLetter",
    "OutgoingLetter",
    "Directive",
    "Patronage",
}
#: Declared entries of a register that are no case (``CaseType(registered=False)``).
ENTRY_TYPES = {
    "Meeting",
    "PressClipping",
    "Gallery",
    "BulletinIssue",
    "ActivityReport",
    "ResearchOrder",
    "Broadcast",
    "Appointment",
    "AppointmentRequest",
}
ENTRY_TYPES |= {"Ceremony"}


def _case_types(portal):
    return {
        fti.getId()
        for fti in portal.portal_types.objectValues()
        if getattr(fti, "behaviors", None) and ICase in iterSchemataForType(fti.getId())
    }


def test_every_case_type_is_declared(portal):
    declared = casetype.all_types()
    assert _case_types(portal) == {t for t, d in declared.items() if d.registered}
    assert PRODUCT_TYPES <= set(declared)
    assert {t for t, d in declared.items() if not d.registered} == ENTRY_TYPES


@pytest.mark.parametrize("portal_type", sorted(ENTRY_TYPES))
def test_entry_declaration_agrees_with_the_profile(portal, portal_type):
    """An entry that is no case: in its register, no signature, no routing; public in
    exactly the states it declares (a meeting never; a published gallery, bulletin issue or
    activity report)."""
    declared = casetype.for_type(portal_type)
    register = portal.unrestrictedTraverse(declared.register)
    assert portal_type in [t.getId() for t in register.allowedContentTypes()]
    assert ICase not in iterSchemataForType(portal_type)
    klass = resolveDottedName(portal.portal_types[portal_type].klass)
    assert casetype.IRegisterEntry.implementedBy(klass)
    assert declared.routing_transition is None
    (workflow,) = portal.portal_workflow.getChainForPortalType(portal_type)
    states = portal.portal_workflow[workflow].states.objectValues()
    public = {
        state.getId()
        for state in states
        if "Anonymous" in (state.permission_roles or {}).get("View", ())
    }
    assert public == set(declared.public_states)


@pytest.mark.parametrize("portal_type", sorted(PRODUCT_TYPES))
def test_declaration_agrees_with_the_profile(portal, portal_type):
    declared = casetype.for_type(portal_type)
    registers = {path for path, type_, *_rest in FOLDERS if type_ == "Register"}
    assert declared.register in registers
    # Its register allows it (a type that lives inside another: that type, and the
    # register not), and its default class is in the settings.
    register = portal.unrestrictedTraverse(declared.register)
    allowed = [t.getId() for t in register.allowedContentTypes()]
    if declared.inside is None:
        assert portal_type in allowed
    else:
        assert portal_type not in allowed
        # It lives in each of its containers (a directive: meetings and ceremonies), each
        # an entry of a register; its own register is the first one's (its signatures).
        for container in declared.containers():
            assert portal_type in portal.portal_types[container].allowed_content_types
            assert casetype.for_type(container).register in registers
        assert casetype.for_type(declared.containers()[0]).register == declared.register
    jrwa = api.portal.get_registry_record("kancelaria.type_jrwa")[portal_type]
    assert jrwa in [row["symbol"] for row in api.portal.get_registry_record("kancelaria.jrwa")]
    # The routing transition leaves the initial state of its workflow (``None``: routing
    # keeps the state, as for outgoing letters).
    (workflow,) = portal.portal_workflow.getChainForPortalType(portal_type)
    definition = portal.portal_workflow[workflow]
    initial = definition.states[definition.initial_state]
    if declared.routing_transition is not None:
        assert declared.routing_transition in initial.transitions
    # Everyone sees the case exactly in the states the declaration calls public.
    public = {
        state.getId()
        for state in definition.states.objectValues()
        if "Anonymous" in (state.permission_roles or {}).get("View", ())
    }
    assert public == set(declared.public_states)


def test_registers_hold_only_their_own_types(portal):
    allowed = set(portal.portal_types["Register"].allowed_content_types)
    entries = {"Meeting", "PressClipping", "Gallery", "Appointment", "AppointmentRequest"}
    entries |= {"Ceremony"}
    assert allowed == {"Register", "KancelariaTestCase"} | entries | (PRODUCT_TYPES - {"Directive"})
    for path, type_, *_rest in FOLDERS:
        if type_ != "Register":
            continue
        addable = {t.getId() for t in portal.unrestrictedTraverse(path).allowedContentTypes()}
        expected = set(casetype.types_in(path)) | ({"Register"} if path == "kancelaria" else set())
        assert addable == expected, path


def test_routing_uses_the_declared_transition_not_the_first_exit(portal, make_case):
    """Swapping two exits in the XML once made ``@route`` close the case."""
    case = make_case()
    state = portal.portal_workflow["kancelaria_testcase_workflow"].states["registered"]
    original = state.transitions
    state.transitions = tuple(reversed(original))
    try:
        assert state.transitions[0] == "close"
        routing.route(case, ["WOIK"])
    finally:
        state.transitions = original
    assert api.content.get_state(case) == "forwarded"


def test_routing_where_the_declared_transition_is_not_offered(make_case):
    case = make_case()
    api.content.transition(obj=case, transition="close")
    routing.route(case, ["WOIK"])
    assert case.departments == ["WOIK"]
    assert api.content.get_state(case) == "closed"


@pytest.mark.parametrize("kind, days", [("interpellation", 14), ("motion", 30)])
def test_deadline_kind_declared_by_the_type(portal, kind, days):
    received = clock.today() - timedelta(days=2)
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=portal["interpelacje"],
            type="Interpellation",
            title="Wniosek",
            kind=kind,
            councillor="jan-nowak",
            text="<p>x</p>",
            received_date=received,
        )
    assert obj.deadline >= received + timedelta(days=days)
    assert obj.deadline <= received + timedelta(days=days + 4)


@pytest.mark.parametrize("portal_type", sorted(PRODUCT_TYPES | ENTRY_TYPES))
def test_every_type_has_its_behaviors_and_a_name_from_its_title(portal, portal_type):
    """The behaviors its FTI lists are on its objects (a class's own interface declaration
    must not hide Dexterity's behavior markers), so an item added in a form gets its
    address from its title, as the staff expect, not from its type's name."""
    from plone.behavior.registration import lookup_behavior_registration
    from plone.dexterity.utils import createContent
    from zope.component.hooks import setSite
    from zope.container.interfaces import INameChooser

    setSite(portal)
    obj = createContent(portal_type, title="Rozmowa z Prezydentem")
    for name in portal.portal_types[portal_type].behaviors:
        registration = lookup_behavior_registration(name)
        # A marker behavior is on the object itself; one with a factory adapts it.
        if registration.marker is not None:
            assert registration.marker.providedBy(obj), name
        assert registration.interface(obj, None) is not None, name
    register = portal.unrestrictedTraverse(casetype.for_type(portal_type).register)
    assert INameChooser(register).chooseName(None, obj) == "rozmowa-z-prezydentem"
