"""The desk: each staff member's work queues, as catalog queries (no object is loaded).

A queue is declared once — by the core for every type (cases to route, overdue, due this
week) or by a type in its ``CaseType.queues`` (answers awaiting approval, answers returned)
— and the desk page at ``/kancelaria`` and ``GET /kancelaria/@desk`` show the same queues,
with the same counts, to whoever the queue is for:

- ``office``: the clerks (group ``kancelaria``) and the site's administrators;
- ``mayor``: the mayor and deputies (group ``prezydent``) and the administrators;
- ``department``: a department's people, narrowed to the cases routed to their department.

A queue's membership is either a fact of the case (``applies(obj)``: its state, its last
action), kept in the catalog index ``desk_queues`` whenever the case is reindexed, or a
matter of the calendar (``query(today)``: a deadline range), asked at read time.
"""

from dataclasses import dataclass
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.case import history
from kancelaria.case.behaviors import ICase
from plone import api

OFFICE = "office"
MAYOR = "mayor"
DEPARTMENT = "department"

#: Group → audience.
GROUP_AUDIENCES = {"kancelaria": OFFICE, "prezydent": MAYOR}
#: Roles that see the office's and the mayor's queues.
ADMIN_ROLES = {"Manager", "Site Administrator"}

#: How many items of each queue the desk lists (the count is always complete).
ITEMS = 20


@dataclass(frozen=True)
class Queue:
    id: str
    title: object
    #: Who gets it: a tuple of ``OFFICE``, ``MAYOR``, ``DEPARTMENT``.
    audience: tuple
    #: ``applies(obj) -> bool``: membership as a fact of the case (indexed).
    applies: object = None
    #: ``query(today) -> dict``: membership by the calendar (asked at read time).
    query: object = None


def routing_offered(obj):
    """The case waits for routing: its type's routing transition leaves its state."""
    declared = casetype.of(obj)
    if declared is None or not declared.routing_transition:
        return False
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow in wf_tool.getWorkflowsFor(obj):
        state = workflow._getWorkflowStateOf(obj)
        if state is not None and declared.routing_transition in state.transitions:
            return True
    return False


def last_action(obj):
    """The last transition of the case (entries of the core, such as routing, skipped)."""
    wf_tool = api.portal.get_tool("portal_workflow")
    transitions = set()
    for workflow in wf_tool.getWorkflowsFor(obj):
        transitions.update(workflow.transitions.objectIds())
    for entry in reversed(history.entries(obj)):
        if entry.get("action") in transitions:
            return entry["action"]
    return None


def _overdue(today):
    return {"case_open": True, "deadline": {"query": today - timedelta(days=1), "range": "max"}}


def _due_this_week(today):
    return {
        "case_open": True,
        "deadline": {"query": (today, today + timedelta(days=7)), "range": "min:max"},
    }


#: The queues of every registered type.
CORE_QUEUES = (
    Queue("to_route", _("queue_to_route", default="To route"), (OFFICE,), applies=routing_offered),
    Queue("overdue", _("queue_overdue", default="Overdue"), (OFFICE, DEPARTMENT), query=_overdue),
    Queue(
        "due_this_week",
        _("queue_due_this_week", default="Due this week"),
        (OFFICE, DEPARTMENT),
        query=_due_this_week,
    ),
)


def all_queues():
    """Every queue, in the order the desk shows them: the types' own first."""
    queues, seen = [], set()
    for declared in sorted(casetype.all_types().values(), key=lambda t: t.portal_type):
        for queue in declared.queues:
            if queue.id not in seen:
                seen.add(queue.id)
                queues.append(queue)
    return queues + [q for q in CORE_QUEUES if q.id not in seen]


def queues_of(obj):
    """The indexed queues ``obj`` is in now (catalog index ``desk_queues``)."""
    declared = casetype.of(obj)
    if declared is None:
        return []
    candidates = [*declared.queues, *CORE_QUEUES]
    return sorted({q.id for q in candidates if q.applies is not None and q.applies(obj)})


def audiences(user=None):
    """``(audiences, own departments)`` of the current user: the office's and the mayor's
    people and administrators see every department's cases (own departments ``None``)."""
    if api.user.is_anonymous():
        return set(), []
    user = user or api.user.get_current()
    groups = {g.getId() for g in api.group.get_groups(user=user)}
    found = {GROUP_AUDIENCES[g] for g in groups if g in GROUP_AUDIENCES}
    if ADMIN_ROLES & set(user.getRoles()):
        found |= {OFFICE, MAYOR}
    departments = [s for s in settings.departments() if settings.group_id(s) in groups]
    if departments:
        found.add(DEPARTMENT)
    return found, departments


def _query(queue, today):
    query = {"object_provides": ICase.__identifier__}
    if queue.applies is not None:
        query["desk_queues"] = queue.id
    if queue.query is not None:
        query.update(queue.query(today))
    query["sort_on"] = "deadline"
    return query


def describe(brain, today):
    deadline = brain.deadline
    return {
        "@id": brain.getURL(),
        "signature": brain.signature,
        "title": brain.Title,
        "@type": brain.portal_type,
        "review_state": brain.review_state,
        "deadline": deadline,
        "days_left": (deadline - today).days if deadline else None,
        "departments": list(brain.departments or ()),
    }


def desk(items=ITEMS, today=None):
    """The current user's queues: ``[{"id", "title", "count", "items"}]``, counted and
    listed from the catalog as the user may see it."""
    today = today or clock.today()
    found, departments = audiences()
    catalog = api.portal.get_tool("portal_catalog")
    result = []
    for queue in all_queues():
        mine = set(queue.audience) & found
        if not mine:
            continue
        query = _query(queue, today)
        if mine == {DEPARTMENT}:
            query["departments"] = departments
        brains = catalog.searchResults(**query)
        result.append(
            {
                "id": queue.id,
                "title": queue.title,
                "count": len(brains),
                "items": [describe(brain, today) for brain in brains[:items]],
            }
        )
    return result
