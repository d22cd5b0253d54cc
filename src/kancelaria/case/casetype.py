"""What the case core needs to know of a registered type, declared in one place per type.

A registered type (Interpellation, and the letters, meetings, directives and patronages to
come) declares itself with one ``CaseType`` in its module under ``content/`` and registers
it as a named utility in ``content/configure.zcml``::

    CASE_TYPE = CaseType(
        portal_type="Interpellation",
        register="interpelacje",
        routing_transition="forward",
        deadline_kind=lambda obj: obj.kind or "interpellation",
        public_states=("forwarded", "answer_review", "answered", "withdrawn"),
        transition_checks={"submit_answer": answer_written},
    )

The core reads it for: the register a type lives in (and so the types each register
allows), the transition routing makes, the row of ``deadline_days`` that applies, the states
in which everyone may see a case, and the rules a transition checks before it runs (answered
as a 400 that names the field, on every way in). The default JRWA class of a type is data the
office edits: it lives in the registry (``kancelaria.type_jrwa``, set in ``registry.xml``).
See ``docs/adding-a-type.md``.
"""

from dataclasses import dataclass
from dataclasses import field
from plone.dexterity.content import FTIAwareSpecification
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.interface import Interface
from zope.interface import implementer

import types as pytypes


class ICaseType(Interface):
    """A registered type's declaration (a named utility; the name is the portal type)."""


class IRegisterEntry(Interface):
    """An entry of a register that is no case (``CaseType(registered=False)``: a meeting).

    Its class provides it; the core's subscribers, REST services and forms that a case
    gets through ``ICase`` are registered for it too (all but signature, deadline and
    routing)."""


@implementer(IRegisterEntry)
class RegisterEntry:
    """Mixin of a register entry's class: no case, so what the desk's and the registers'
    lines read of a case (signature, deadline) is empty unless the type says otherwise.

    It keeps Dexterity's ``__providedBy__`` (the FTI's behavior markers: name from title,
    locking, versioning): a plain class declaring an interface would get zope.interface's
    own descriptor, first in its subclasses' lookup, and hide them."""

    __providedBy__ = FTIAwareSpecification()

    signature = None
    deadline = None


def _no_checks():
    return pytypes.MappingProxyType({})


@implementer(ICaseType)
@dataclass(frozen=True)
class CaseType:
    #: The portal type (the FTI's name).
    portal_type: str
    #: Path of its register from the portal, e.g. ``"interpelacje"``.
    register: str
    #: The transition routing makes out of the registered state (``None``: routing keeps
    #: the state).
    routing_transition: str | None = None
    #: The row of ``deadline_days`` that applies: a name, or a function of the case.
    deadline_kind: object = "letter"
    #: The workflow states in which everyone (anonymous visitors too) sees the case.
    public_states: tuple = ()
    #: transition id → ``check(obj, comment)`` raising ``CaseInputError`` naming a field.
    transition_checks: dict = field(default_factory=_no_checks)
    #: The type's own work queues on the desk (``kancelaria.case.desk.Queue``); the core's
    #: (to route, overdue, due this week) come on top.
    queues: tuple = ()
    #: The headings of its add and edit forms, translatable (“Zarejestruj interpelację”,
    #: “Edytuj interpelację”); ``None`` leaves Plone's “Add/Edit <type title>”.
    add_label: object = None
    edit_label: object = None
    #: Residents check its cases' status with the signature and an access code
    #: (``/sprawdz-sprawe``, ``POST /@case-status``; ``kancelaria.case.statuscheck``).
    status_check: bool = False
    #: An e-mail (``.eml``) dropped on its register becomes a case of this type
    #: (``kancelaria.letters.fromeml``): the incoming letter.
    from_email: bool = False
    #: ``False``: an entry of its register that is no case (a meeting: no signature,
    #: deadline or routing). Its class provides ``IRegisterEntry``; the core gives it its
    #: register, the field owners over REST, the limits, the checks of its transitions,
    #: its desk queues and its form headings.
    registered: bool = True
    #: The type it lives in (``"Meeting"``), or the types (a directive:
    #: ``("Meeting", "Ceremony")``): its register does not take it, their FTIs do; adding
    #: it anywhere else is a 400 naming ``@type``.
    inside: str | tuple | None = None
    #: Issued with its deadline and departments (a directive): ``POST`` takes
    #: ``deadline`` (never before the day of receipt; without it the settings' row) and
    #: ``departments`` (routed by the core once it is registered, as ``@route``); the add
    #: form goes on to “Route to department”.
    issued: bool = False
    #: transition id → its name in the publication record and the change register
    #: (``kancelaria.publication``): “Question published”. Other transitions that let
    #: visitors see more are “Published”.
    publications: dict = field(default_factory=dict)

    def kind_of(self, obj):
        kind = self.deadline_kind(obj) if callable(self.deadline_kind) else self.deadline_kind
        return kind or "letter"

    def containers(self):
        """The types it lives in (``inside`` as a tuple; empty for a register's entry)."""
        if self.inside is None:
            return ()
        return (self.inside,) if isinstance(self.inside, str) else tuple(self.inside)

    def placed_in(self, container):
        """Whether ``container`` is one it may be added to (always, for a register's
        entry: its register decides)."""
        return not self.containers() or (
            getattr(container, "portal_type", None) in self.containers()
        )

    def check_transition(self, obj, transition, comment=""):
        check = self.transition_checks.get(transition)
        if check is not None:
            check(obj, comment)


def for_type(portal_type):
    """The declaration of ``portal_type`` (``None`` for a type outside the core)."""
    return queryUtility(ICaseType, name=portal_type)


def of(obj):
    return for_type(getattr(obj, "portal_type", None))


def all_types():
    """Every declared type, by portal type."""
    return dict(getUtilitiesFor(ICaseType))


def types_in(register_path):
    """The portal types whose register is ``register_path`` (not those added inside
    another type there: ``CaseType.inside``)."""
    return sorted(
        t.portal_type
        for t in all_types().values()
        if t.register == register_path and t.inside is None
    )


def misplaced(portal_type, container_type):
    """The refusal of a ``portal_type`` added outside ``container_type`` (a directive
    outside a meeting), or outside each of several (a tuple): a 400 naming ``@type``, with
    the types' names."""
    from kancelaria import _
    from kancelaria.case.errors import CaseInputError
    from plone import api

    types_tool = api.portal.get_tool("portal_types")

    def title(name):
        fti = types_tool.getTypeInfo(name)
        return api.portal.translate(fti.Title(), domain="kancelaria") if fti else name

    containers = (container_type,) if isinstance(container_type, str) else container_type
    return CaseInputError(
        "@type",
        _(
            "error_type_misplaced",
            default="${type} (${type_id}) is added only inside ${container} "
            "(${container_id}), on its page; not here.",
            mapping={
                "type": title(portal_type),
                "type_id": portal_type,
                "container": " / ".join(title(name) for name in containers),
                "container_id": ", ".join(containers),
            },
        ),
    )


def types_inside(portal_type):
    """The declared types that live inside ``portal_type`` (a meeting: directives)."""
    return sorted(t.portal_type for t in all_types().values() if portal_type in t.containers())


def check_in_register(obj):
    """An entry added outside its declared register (a folder that does not constrain its
    types) is refused naming ``@type``."""
    from Acquisition import aq_inner
    from Acquisition import aq_parent
    from kancelaria import _
    from kancelaria.case.errors import CaseInputError
    from plone import api

    declared = of(obj)
    if declared is None or declared.inside is not None:
        return
    portal = api.portal.get()
    parent = aq_parent(aq_inner(obj))
    expected = "/".join(portal.getPhysicalPath()) + "/" + declared.register
    if parent is not None and "/".join(parent.getPhysicalPath()) != expected:
        raise CaseInputError(
            "@type",
            _(
                "error_type_elsewhere",
                default="${type} is added only in /${register}.",
                mapping={"type": declared.portal_type, "register": declared.register},
            ),
        )
