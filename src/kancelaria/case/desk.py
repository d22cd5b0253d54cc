"""The desk: each staff member's work queues, as catalog queries (no object is loaded).

A queue is declared once — by the core for every type (cases to route, overdue, due this
week) or by a type in its ``CaseType.queues`` (answers awaiting approval, answers returned)
— and the desk page at ``/kancelaria`` and ``GET /kancelaria/@desk`` show the same queues,
with the same counts, to whoever the queue is for:

- ``office``: the clerks (group ``kancelaria``) and the site's administrators;
- ``mayor``: the mayor and deputies (group ``prezydent``) and the administrators;
- ``department``: a department's people, narrowed to the cases routed to their department;
- ``press``: the press office (group ``biuro-prasowe``) and the administrators.

A queue's membership is either a fact of the case (``applies(obj)``: its state, its last
action), kept in the catalog index ``desk_queues`` whenever the case is reindexed, or a
matter of the calendar (``query(today)``: a deadline range), asked at read time. A queue
may also say what each line shows besides the catalog's facts: a note (``note(obj)``, kept
with the membership in ``desknotes``), a button (``action``), or that its items are routed
from the desk several at once (``batch_route``, ``route_batch``). Reading the desk loads no
case: it is catalog queries and a lookup of the notes by UID.

Adding a queue: see ``docs/adding-a-type.md``.
"""

from dataclasses import dataclass
from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.case import desknotes
from kancelaria.case import history
from kancelaria.case import remembered
from kancelaria.case import routing
from kancelaria.case.behaviors import ICase
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from plone import api
from plone.uuid.interfaces import IUUID

OFFICE = "office"
MAYOR = "mayor"
DEPARTMENT = "department"
PRESS = "press"

#: Group → audience.
GROUP_AUDIENCES = {"kancelaria": OFFICE, "prezydent": MAYOR, "biuro-prasowe": PRESS}
#: Roles that see the office's and the mayor's queues.
ADMIN_ROLES = {"Manager", "Site Administrator"}

#: How many items of each queue the desk lists (the count is always complete).
ITEMS = 20
#: How many items a page of one queue lists (``desk(only=…)``).
PAGE = 50


@dataclass(frozen=True)
class Queue:
    id: str
    title: object
    #: Who gets it: a tuple of ``OFFICE``, ``MAYOR``, ``DEPARTMENT``, ``PRESS``.
    audience: tuple
    #: ``applies(obj) -> bool``: membership as a fact of the case (indexed).
    applies: object = None
    #: ``query(today) -> dict``: membership by the calendar (asked at read time).
    query: object = None
    #: ``note(obj) -> str | None``: a line the desk shows under each item (the mayor's
    #: comment on a returned answer); kept with the membership, so it needs ``applies``.
    note: object = None
    #: ``(view name, title)``: a button on each line that opens ``<case>/@@<view name>``.
    action: tuple = ()
    #: The desk routes the queue's items, several at once (``route_batch``).
    batch_route: bool = False
    #: Place on the desk: lower first (the core: to route 10, overdue 80, due this week
    #: 90; a type's queues 50 unless they say otherwise), then in the order declared.
    order: int = 50
    #: Membership is not for everyone to know (it comes from the case history, e.g. an
    #: answer returned): kept beside the catalog with the notes, never in the public index
    #: ``desk_queues``, which anybody may query about a public case.
    private: bool = False
    #: Queues whose members this one leaves out (to answer: not the returned ones).
    excludes: tuple = ()
    #: The catalog index the queue is sorted by (earliest first). The catalog leaves out
    #: what the index lacks: entries without a deadline (meetings) sort by another.
    sort_on: str = "deadline"


def routing_offered(obj):
    """The case waits for routing: its type's routing transition leaves its state."""
    return routing.routing_transition(obj) is not None


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
    Queue(
        "to_route",
        _("queue_to_route", default="To route"),
        (OFFICE,),
        applies=routing_offered,
        batch_route=True,
        order=10,
    ),
    Queue(
        "overdue",
        _("queue_overdue", default="Overdue"),
        (OFFICE, DEPARTMENT),
        query=_overdue,
        order=80,
    ),
    Queue(
        "due_this_week",
        _("queue_due_this_week", default="Due this week"),
        (OFFICE, DEPARTMENT),
        query=_due_this_week,
        order=90,
    ),
)


def all_queues():
    """Every queue, in the order the desk shows them (``Queue.order``, then as declared:
    the types' by portal type, then the core's). Of queues with the same id the first
    declared is shown."""
    queues, seen = [], set()
    declared = sorted(casetype.all_types().values(), key=lambda t: t.portal_type)
    for queue in [*(q for t in declared for q in t.queues), *CORE_QUEUES]:
        if queue.id not in seen:
            seen.add(queue.id)
            queues.append(queue)
    return sorted(queues, key=lambda q: q.order)


def _indexed(obj):
    declared = casetype.of(obj)
    if declared is None:
        return []
    candidates = [*declared.queues, *CORE_QUEUES]
    return [q for q in candidates if q.applies is not None and q.applies(obj)]


def queues_of(obj):
    """The public queues ``obj`` is in now (catalog index ``desk_queues``); the private
    ones and the notes are kept in step beside the catalog (``desknotes``)."""
    queues = _indexed(obj)
    kept = {}
    for queue in queues:
        text = queue.note(obj) if queue.note is not None else None
        if text or queue.private:
            kept[queue.id] = text or ""
    desknotes.keep(IUUID(obj, None), kept)
    return sorted({q.id for q in queues if not q.private})


def refresh():
    """Recompute every case's queues and notes (for an existing site: the lead's upgrade
    step calls it; idempotent)."""
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=["desk_queues"])


def audiences(user=None):
    """``(audiences, own departments)`` of the current user: the office's and the mayor's
    people and administrators see every department's cases (own departments ``None``)."""
    if api.user.is_anonymous():
        return set(), []
    user = user or api.user.get_current()
    groups = {g.getId() for g in api.group.get_groups(user=user)}
    found = {GROUP_AUDIENCES[g] for g in groups if g in GROUP_AUDIENCES}
    if ADMIN_ROLES & set(user.getRoles()):
        found |= {OFFICE, MAYOR, PRESS}
    departments = [s for s in settings.departments() if settings.group_id(s) in groups]
    if departments:
        found.add(DEPARTMENT)
    return found, departments


def _query(queue, today):
    query = {"object_provides": [ICase.__identifier__, casetype.IRegisterEntry.__identifier__]}
    if queue.private:
        query["UID"] = desknotes.members(queue.id) or ["-"]
    elif queue.applies is not None:
        query["desk_queues"] = queue.id
    left_out = [uid for other in queue.excludes for uid in desknotes.members(other)]
    if left_out:
        query["UID"] = {"not": left_out}
    if queue.query is not None:
        query.update(queue.query(today))
    query["sort_on"] = queue.sort_on
    return query


def describe(brain, today, note=None):
    deadline = brain.deadline
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "signature": brain.signature,
        "title": brain.Title,
        "@type": brain.portal_type,
        "review_state": brain.review_state,
        "deadline": deadline,
        "days_left": (deadline - today).days if deadline else None,
        "departments": list(brain.departments or ()),
        "note": note,
    }


def my_queues():
    """``[(queue, departments or None)]``: the queues of the current user, each with the
    departments it is narrowed to (``None``: every case the user may see)."""
    found, departments = audiences()
    result = []
    for queue in all_queues():
        mine = set(queue.audience) & found
        if mine:
            result.append((queue, departments if mine == {DEPARTMENT} else None))
    return result


def desk(items=ITEMS, today=None, only=None, start=0):
    """The current user's queues: ``[{"id", "title", "count", "items", "queue"}]``,
    counted and listed from the catalog as the user may see it (``only``: that queue
    alone, its items from ``start``), each queue's query answered once per change of the
    catalog (``remembered``)."""
    today = today or clock.today()
    result = []
    for queue, departments in my_queues():
        if only is not None and queue.id != only:
            continue
        query = _query(queue, today)
        if departments is not None:
            query["departments"] = departments or ["-"]
        brains = remembered.search(query)
        listed = brains[start : start + items]
        notes = desknotes.read([brain.UID for brain in listed]) if queue.note else {}
        result.append(
            {
                "id": queue.id,
                "title": queue.title,
                "count": len(brains),
                "start": start,
                "items": [
                    describe(brain, today, notes.get(brain.UID, {}).get(queue.id))
                    for brain in listed
                ],
                "queue": queue,
            }
        )
    return result


def _name(obj):
    return obj.signature or obj.Title()


def route_batch(uids, symbols, comment=""):
    """Route several cases of a ``batch_route`` queue to the departments ``symbols``, each
    through the core's ``routing.route`` (one routing, one history entry, one e-mail per
    case) — or none: the first case that cannot be routed refuses the whole batch with a
    ``CaseInputError`` naming it. The caller dooms the transaction on a refusal (routing
    may have begun), so nothing is written. Returns the routed cases."""
    symbols = routing.validate_departments(symbols)
    comment = text_param(comment, "comment")
    if isinstance(uids, str):
        uids = [uids]
    if not isinstance(uids, (list, tuple)) or not all(isinstance(u, str) for u in uids):
        raise CaseInputError("uids", _("error_batch_uids", default="give a list of cases."))
    uids = list(dict.fromkeys(u for u in uids if u))
    if not uids:
        raise CaseInputError("uids", _("error_batch_empty", default="select the cases to route."))
    catalog = api.portal.get_tool("portal_catalog")
    found = {b.UID: b for b in catalog(UID=uids, object_provides=ICase.__identifier__)}
    waiting = [q for q in all_queues() if q.batch_route and q.applies is not None]
    cases = []
    for uid in uids:
        if uid not in found:
            raise CaseInputError(
                "uids",
                _(
                    "error_batch_unknown",
                    default="a selected case no longer exists or is not yours to see.",
                ),
            )
        obj = found[uid].getObject()
        if not api.user.has_permission("kancelaria: Route case", obj=obj):
            raise CaseInputError(
                "uids",
                _(
                    "error_batch_forbidden",
                    default="you may not route ${case}.",
                    mapping={"case": _name(obj)},
                ),
            )
        if not any(q.applies(obj) for q in waiting):
            raise CaseInputError(
                "uids",
                _(
                    "error_batch_not_waiting",
                    default="${case} is no longer waiting to be routed.",
                    mapping={"case": _name(obj)},
                ),
            )
        cases.append(obj)
    for obj in cases:
        try:
            routing.route(obj, symbols, comment)
        except CaseInputError as error:
            raise CaseInputError(
                "uids",
                _(
                    "error_batch_refused",
                    default="${case}: ${reason}",
                    mapping={"case": _name(obj), "reason": error.message},
                ),
            ) from error
    return cases
