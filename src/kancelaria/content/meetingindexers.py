"""What the catalog keeps of meetings and directives: the search text (the minutes only
once approved), the meeting's start, and a directive's meeting, priority and progress —
what the directives' listings read without loading a case.

``responsible_person`` and ``meeting_number`` are plain attributes (indexed and listed as
they are); ``meeting_start`` is the meeting's date and time for a meeting and the
meeting's day for a directive.
"""

from kancelaria.content.directive import IDirective
from kancelaria.content.meeting import IMeeting
from kancelaria.workflows import directive as directives
from kancelaria.workflows import meeting as meetings
from kancelaria.workflows.interpellation import plain_text
from plone import api
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID


def _join(parts):
    return " ".join(part for part in parts if part)


@indexer(IMeeting)
def meeting_text(obj):
    parts = [obj.meeting_number, obj.title, obj.place, obj.chair, obj.minute_taker]
    parts += [row.get("topic") for row in obj.agenda or ()]
    parts += [row.get("name") for row in obj.attendees or ()]
    # The minutes are found by those who may read them: the staff always (they see the
    # meeting), a department only once approved — so the words go in only then.
    if api.content.get_state(obj, default=None) == "minutes_approved":
        parts.append(plain_text(obj.minutes))
    return _join(parts)


@indexer(IDirective)
def directive_text(obj):
    return _join(
        [
            obj.signature,
            obj.title,
            obj.responsible_person,
            plain_text(obj.text),
            plain_text(obj.completion_report),
        ]
    )


@indexer(IMeeting)
def meeting_start(obj):
    return obj.start


@indexer(IDirective)
def directive_meeting_start(obj):
    return meetings.meeting_day(obj.meeting())


@indexer(IDirective)
def directive_meeting(obj):
    return IUUID(obj.meeting(), None)


@indexer(IDirective)
def meeting_title(obj):
    return obj.meeting().Title()


@indexer(IDirective)
def directive_priority(obj):
    return obj.priority


@indexer(IDirective)
def progress_percent(obj):
    return directives.last_percent(obj)
