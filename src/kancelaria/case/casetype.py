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
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.interface import Interface
from zope.interface import implementer

import types as pytypes


class ICaseType(Interface):
    """A registered type's declaration (a named utility; the name is the portal type)."""


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

    def kind_of(self, obj):
        kind = self.deadline_kind(obj) if callable(self.deadline_kind) else self.deadline_kind
        return kind or "letter"

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
    """The portal types whose register is ``register_path``."""
    return sorted(t.portal_type for t in all_types().values() if t.register == register_path)
