"""The Python side of ``kancelaria_ceremony_workflow``: the guests' rows, the reason of
``reopen``, what the press office sees, and the desk's queue of upcoming ceremonies whose
tasks (directives inside them) are still open."""

from datetime import timedelta
from kancelaria import _
from kancelaria.case import attachments
from kancelaria.case.errors import text_param
from kancelaria.workflows import meeting as meetings
from kancelaria.workflows.appointment import day_range
from plone import api

import pytz

#: The press office's group and the local role it holds on each ceremony: it reads the
#: ceremony (to document it), nothing else of the calendar.
PRESS_GROUP = "biuro-prasowe"
PRESS_ROLE = "Reader"

#: A task is open until the office verifies it or it is cancelled.
OPEN_TASK_STATES = ("issued", "in_progress", "reported_done")

#: "Upcoming": from today to this many days ahead.
UPCOMING_DAYS = 30


def guests_named(rows):
    return meetings._rows_need(
        rows, _("error_guest_name", default="row ${row}: the guest's name is required."), "name"
    )


def reason_given(obj, comment=""):
    """``reopen``: the history says why a held ceremony is planned again."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_("error_ceremony_reopen_comment", default="say why (a comment is required)."),
    )


def storable(obj):
    """Its start and end kept in UTC, like a meeting's start."""
    meetings.storable_start(obj)
    end = getattr(obj, "end", None)
    if end is not None and end.tzinfo is not None and end.tzinfo is not pytz.utc:
        obj.end = end.astimezone(pytz.utc)


def added(obj, event):
    """Kept in UTC; the press office reads it."""
    storable(obj)
    roles = set(obj.get_local_roles_for_userid(PRESS_GROUP))
    if PRESS_ROLE not in roles:
        obj.manage_setLocalRoles(PRESS_GROUP, sorted(roles | {PRESS_ROLE}))
        obj.reindexObjectSecurity()


def modified(obj, event):
    storable(obj)


def attachment_added(obj, event):
    """A ceremony's files (invitations, the guest list) are the staff's: a department that
    sees the ceremony through its task does not read them."""
    from kancelaria.content.ceremony import ICeremony

    if ICeremony.providedBy(event.newParent) and obj.portal_type != "Directive":
        attachments.withhold(obj, meetings.STAFF_ROLES)


def tasks(obj):
    """The directives inside the ceremony, in the order they were issued."""
    return [c for c in obj.objectValues() if getattr(c, "portal_type", None) == "Directive"]


def open_tasks(obj):
    return [t for t in tasks(obj) if api.content.get_state(t, default=None) in OPEN_TASK_STATES]


# The desk's queue (declared in ``content.ceremony``)


def has_open_tasks(obj):
    return api.content.get_state(obj, default=None) == "planned" and bool(open_tasks(obj))


def upcoming(today):
    """Ceremonies starting from today to ``UPCOMING_DAYS`` ahead (Warsaw's days)."""
    return {"start": day_range(today, today + timedelta(days=UPCOMING_DAYS))}


def task_changed(obj, event):
    """A task was added, moved on or removed: its ceremony's place on the desk follows."""
    from Acquisition import aq_inner
    from Acquisition import aq_parent
    from kancelaria.content.ceremony import ICeremony

    parent = getattr(event, "oldParent", None) or aq_parent(aq_inner(obj))
    if ICeremony.providedBy(parent):
        parent.reindexObject(idxs=["desk_queues"])
