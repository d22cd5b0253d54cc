"""Routing (dekretacja): give a case to departments, and only that case."""

from kancelaria import _
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.case import history
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from kancelaria.case.events import CaseRoutedEvent
from plone import api
from zope.event import notify

#: Local roles a department's group gets on a case routed to it.
DEPARTMENT_ROLES = ("Reader", "DepartmentWorker")


def validate_departments(symbols):
    """Return the symbols as a clean list, or refuse naming the bad one."""
    if isinstance(symbols, str) or not isinstance(symbols, (list, tuple)):
        raise CaseInputError(
            "departments",
            _("error_departments_list", default="give a list of department symbols."),
        )
    known = settings.departments()
    clean = []
    for symbol in symbols:
        if not isinstance(symbol, str) or symbol not in known:
            raise CaseInputError(
                "departments",
                _(
                    "error_unknown_department",
                    default="'${symbol}' is not a department of the settings.",
                    mapping={"symbol": str(symbol)},
                ),
            )
        if symbol not in clean:
            clean.append(symbol)
    if not clean:
        raise CaseInputError(
            "departments",
            _("error_departments_empty", default="choose at least one department."),
        )
    return clean


def routing_transition(obj):
    """The transition the type declares for routing, when the case's state offers it."""
    declared = casetype.of(obj)
    wanted = declared.routing_transition if declared else None
    if not wanted:
        return None
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow in wf_tool.getWorkflowsFor(obj):
        state = workflow._getWorkflowStateOf(obj)
        if state is not None and wanted in state.transitions:
            return wanted
    return None


def grant(obj, symbols):
    """Give the departments ``symbols`` (and only them) their local roles on ``obj`` and set
    its ``departments``; returns ``(added, removed)``. ``route`` does this with the history
    and the mail; a document of a case routed already (a reply) is given the same access."""
    old = list(getattr(obj, "departments", None) or [])
    added = [s for s in symbols if s not in old]
    removed = [s for s in old if s not in symbols]
    for symbol in removed:
        obj.manage_delLocalRoles([settings.group_id(symbol)])
    for symbol in symbols:
        obj.manage_setLocalRoles(settings.group_id(symbol), list(DEPARTMENT_ROLES))
    obj.departments = list(symbols)
    obj.reindexObject(idxs=["departments"])
    obj.reindexObjectSecurity()
    return added, removed


def route(obj, symbols, comment=""):
    """Route ``obj`` to the departments ``symbols``.

    Sets ``departments``, gives each department's group its local roles on this case alone
    and takes them from departments no longer listed, leaves the registered state, records
    the action in the case history and notifies (the e-mail goes out on commit).
    """
    symbols = validate_departments(symbols)
    comment = text_param(comment, "comment")
    added, removed = grant(obj, symbols)

    titles = ", ".join(symbols)
    history.record(
        obj,
        "route",
        comment=f"{titles}: {comment}" if comment else titles,
        kancelaria_departments=list(symbols),
    )
    transition = routing_transition(obj)
    if transition:
        api.content.transition(obj=obj, transition=transition, comment=comment)
    notify(CaseRoutedEvent(obj, added, removed, comment))
    return symbols
