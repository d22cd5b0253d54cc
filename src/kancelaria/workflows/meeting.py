"""The Python side of ``kancelaria_meeting_workflow``: the meetings log's number, the rows
of attendance and agenda, the minutes to approve or return, the desk's queues, and what a
department sees of a meeting its directives came from."""

from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import attachments
from kancelaria.case import history
from kancelaria.case import numbering
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from kancelaria.workflows.interpellation import plain_text
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.schema.interfaces import ValidationError

import pytz

#: The meetings log: ``N/YEAR`` (the minutes are “Protokół nr N/YEAR”).
LOG = "NARADY"

#: The local role a department's group holds on a meeting while a directive of it is
#: routed to the department: the meeting read-only, the minutes and attachments only once
#: approved (the directive workflow gives this role nothing, so the department never sees
#: another department's directive in the same meeting).
GUEST_ROLE = "MeetingGuest"

#: The roles that see a meeting's attachments before its minutes are approved: the staff,
#: not the departments (their guests).
STAFF_ROLES = tuple(r for r in attachments.STAFF_ROLES if r != "DepartmentWorker")


# The rows of attendance and agenda (schema constraints: forms, REST, scripts)


class InvalidRows(ValidationError):
    def doc(self):
        return translate(self.args[0], context=getRequest())


def _rows_need(rows, message, column):
    for number, row in enumerate(rows or (), start=1):
        value = row.get(column) if isinstance(row, dict) else None
        if not (isinstance(value, str) and value.strip()):
            raise InvalidRows(Message(message, mapping={"row": number}))
    return True


def attendees_named(rows):
    return _rows_need(
        rows,
        _("error_attendee_name", default="row ${row}: the attendee's name is required."),
        "name",
    )


def agenda_topics(rows):
    return _rows_need(
        rows, _("error_agenda_topic", default="row ${row}: the topic is required."), "topic"
    )


# The number


def was_present(row):
    """An attendance row counts as present unless marked absent (the column's default: a
    row sent without it, over REST, is someone who came)."""
    return row.get("present") is not False


def format_meeting_number(number, year):
    return f"{number}/{year}"


def meeting_day(obj):
    """The meeting's day in Warsaw (``None`` without a date)."""
    start = getattr(obj, "start", None)
    if start is None:
        return None
    if start.tzinfo is not None:
        start = start.astimezone(clock.zone())
    return start.date()


def storable_start(obj):
    """A start with a zone is kept in UTC (pytz, as plone.restapi keeps it): a zone of
    ``zoneinfo`` cannot be stored in the ZODB."""
    start = getattr(obj, "start", None)
    if start is not None and start.tzinfo is not None and start.tzinfo is not pytz.utc:
        obj.start = start.astimezone(pytz.utc)


def give_meeting_number(obj, event):
    """When it is planned, once: the next number of its year's meetings log (the core's
    counters: no gaps, never reused)."""
    storable_start(obj)
    if getattr(obj, "meeting_number", None):
        return
    year = (meeting_day(obj) or clock.today()).year
    obj.meeting_number = format_meeting_number(numbering.next_in_log(LOG, year), year)


def forget_meeting_number(obj, event):
    obj.meeting_number = None
    obj.minutes_returned = False


# Minutes


def has_minutes(obj):
    return bool(plain_text(getattr(obj, "minutes", None)))


def minutes_written(obj, comment=""):
    """``approve_minutes``: there must be minutes to approve."""
    if not has_minutes(obj):
        raise CaseInputError(
            "minutes", _("error_minutes_empty", default="the minutes are not written yet.")
        )


def return_reason_given(obj, comment=""):
    """``return_minutes``: the office must read why the minutes came back."""
    text_param(
        comment,
        "comment",
        required=True,
        message=_("error_minutes_return_comment", default="say why the minutes go back."),
    )


def after_transition(obj, event):
    if event.transition is None:
        return
    transition = event.transition.getId()
    if transition == "return_minutes":
        obj.minutes_returned = True
    if transition == "approve_minutes":
        obj.minutes_returned = False
        open_attachments(obj)


def minutes_edited(obj, event):
    """The office rewrote the minutes after a return: they wait for approval again."""
    from kancelaria.case.subscribers import _changed

    storable_start(obj)
    if "minutes" in _changed(event) and getattr(obj, "minutes_returned", False):
        obj.minutes_returned = False
        obj.reindexObject(idxs=["desk_queues"])


# The desk's queues (declared in ``content.meeting``)


def _held(obj):
    return api.content.get_state(obj, default=None) == "held"


def minutes_to_write(obj):
    return _held(obj) and not has_minutes(obj)


def minutes_returned(obj):
    return _held(obj) and bool(getattr(obj, "minutes_returned", False))


def minutes_to_approve(obj):
    return _held(obj) and has_minutes(obj) and not getattr(obj, "minutes_returned", False)


def return_comment(obj):
    entry = history.last(obj, "return_minutes")
    return (entry.get("comments") or "").strip() if entry else None


# What a department sees


def attachment_added(obj, event):
    """An attachment of a meeting whose minutes are not approved stays the staff's."""
    from kancelaria.content.meeting import IMeeting

    parent = event.newParent
    if not IMeeting.providedBy(parent) or getattr(obj, "portal_type", None) == "Directive":
        return
    if api.content.get_state(parent, default=None) != "minutes_approved":
        attachments.withhold(obj, STAFF_ROLES)


def open_attachments(obj):
    """Minutes approved: the attachments follow the meeting (its guests read them)."""
    attachments.release(obj, skip=("Directive",))


def routed_departments(meeting):
    """The departments some directive of ``meeting`` is routed to."""
    found = []
    for child in meeting.objectValues():
        if getattr(child, "portal_type", None) != "Directive":
            continue
        for symbol in getattr(child, "departments", None) or ():
            if symbol not in found:
                found.append(symbol)
    return found


def update_guests(meeting, leaving=None):
    """Give the departments of the meeting's directives (and only them) the guest role on
    it; ``leaving``: a directive on its way out, not counted."""
    wanted = set()
    for child in meeting.objectValues():
        if getattr(child, "portal_type", None) != "Directive" or child is leaving:
            continue
        wanted.update(settings.group_id(s) for s in getattr(child, "departments", None) or ())
    changed = False
    for principal, roles in meeting.get_local_roles():
        if GUEST_ROLE in roles and principal not in wanted:
            rest = [r for r in roles if r != GUEST_ROLE]
            meeting.manage_delLocalRoles([principal])
            if rest:
                meeting.manage_setLocalRoles(principal, rest)
            changed = True
    for principal in wanted:
        roles = list(meeting.get_local_roles_for_userid(principal))
        if GUEST_ROLE not in roles:
            meeting.manage_setLocalRoles(principal, [*roles, GUEST_ROLE])
            changed = True
    if changed:
        meeting.reindexObjectSecurity()
    return changed
