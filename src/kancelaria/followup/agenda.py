"""The review of open directives pulled into a planned meeting's agenda.

``pull(meeting)`` appends one item “Review of the execution of directives” and under it one
row per open directive (issued, in progress, reported done) of the earlier meetings, in the
dashboard's order — by deadline, so the overdue ones first, each marked — each row naming
the directive's signature, title, departments and deadline, the responsible person as the
presenter: what the secretary prints for the meeting. Catalog only; run again, it adds only
the directives not yet on the agenda (a row is recognised by its signature). Only while the
meeting is planned; who may is the view's and the service's permission (``kancelaria: Add
Directive``: the office and the mayor).
"""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria.case import history
from kancelaria.case import limits
from kancelaria.case.errors import CaseInputError
from kancelaria.followup import query
from kancelaria.workflows import meeting as meetings
from plone import api
from zope.event import notify
from zope.i18n import translate
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import ObjectModifiedEvent

import re

REVIEW_TOPIC = _("agenda_review_topic", default="Review of the execution of directives")
#: Longest directive title quoted in a row (the row's topic is one line).
MAX_TITLE = 200
HISTORY_ACTION = "agenda_from_directives"


def open_directives(meeting):
    """Catalog brains of the open directives of meetings before ``meeting``'s day, by
    deadline (the overdue first)."""
    day = meetings.meeting_day(meeting)
    catalog = api.portal.get_tool("portal_catalog")
    found = catalog.searchResults(
        portal_type=query.PORTAL_TYPE,
        review_state=query.OPEN_STATES,
        **query.SORT,
    )
    here = "/".join(meeting.getPhysicalPath())
    result = []
    for brain in found:
        start = brain.meeting_start
        start = start.date() if hasattr(start, "date") else start
        if brain.getPath().rsplit("/", 1)[0] == here:
            continue
        if day is not None and start is not None and start >= day:
            continue
        result.append(brain)
    return result


def _number(value):
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else 0


def _mentions(rows, signature):
    pattern = re.compile(rf"(?<![\w.]){re.escape(signature)}(?![\w])")
    return any(pattern.search(row.get("topic") or "") for row in rows)


def row_topic(brain, today, request):
    """One line: (overdue mark) signature — title (departments, deadline)."""
    title = brain.Title if len(brain.Title) <= MAX_TITLE else brain.Title[: MAX_TITLE - 1] + "…"
    mapping = {
        "signature": brain.signature,
        "title": title,
        "departments": ", ".join(brain.departments or ()) or "—",
        "deadline": formats.date(brain.deadline, "—"),
    }
    if brain.deadline and brain.deadline < today:
        mapping["days"] = (today - brain.deadline).days
        message = _(
            "agenda_directive_overdue",
            default="OVERDUE by ${days} d: ${signature} — ${title} (${departments}, "
            "deadline ${deadline})",
            mapping=mapping,
        )
    else:
        message = _(
            "agenda_directive",
            default="${signature} — ${title} (${departments}, deadline ${deadline})",
            mapping=mapping,
        )
    return translate(message, context=request)


def check_planned(meeting):
    if api.content.get_state(meeting, default=None) != "planned":
        raise CaseInputError(
            "review_state",
            _(
                "error_agenda_not_planned",
                default="the open directives are added to the agenda of a planned meeting only.",
            ),
        )


def pull(meeting, request):
    """Append the review to the agenda; returns the signatures added (none: nothing new)."""
    check_planned(meeting)
    today = clock.today()
    rows = [dict(row) for row in getattr(meeting, "agenda", None) or ()]
    heading = translate(REVIEW_TOPIC, context=request)
    brains = [b for b in open_directives(meeting) if not _mentions(rows, b.signature)]
    if not brains:
        return []
    head = next((row for row in rows if (row.get("topic") or "").strip() == heading), None)
    if head is None:
        number = max((_number(row.get("number")) for row in rows), default=0) + 1
        head = {"number": str(number), "topic": heading, "presenter": ""}
        rows.append(head)
    prefix = str(_number(head.get("number")) or len(rows))
    under = [row for row in rows if (row.get("number") or "").startswith(prefix + ".")]
    done = max((_number((row.get("number") or "")[len(prefix) + 1 :]) for row in under), default=0)
    added = []
    for offset, brain in enumerate(brains, start=1):
        person = brain.responsible_person if isinstance(brain.responsible_person, str) else ""
        rows.append(
            {
                "number": f"{prefix}.{done + offset}",
                "topic": row_topic(brain, today, request),
                "presenter": person or ", ".join(brain.departments or ()),
            }
        )
        added.append(brain.signature)
    most = limits.limit("max_table_rows")
    if len(rows) > most:
        raise CaseInputError(
            "agenda",
            _(
                "error_too_many_rows",
                default="at most ${limit} rows are allowed.",
                mapping={"limit": most},
            ),
        )
    meeting.agenda = rows
    history.record(meeting, HISTORY_ACTION, comment=", ".join(added))
    notify(ObjectModifiedEvent(meeting, Attributes(meetings_schema(), "agenda")))
    return added


def meetings_schema():
    from kancelaria.content.meeting import IMeeting

    return IMeeting
