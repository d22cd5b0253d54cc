"""A meeting as its minutes (protokół): the describer behind a meeting's ``@@pdf`` and
``@@docx`` (registered for ``IMeeting`` in ``configure.zcml``).

“Protokół nr 3/2026 z narady kierownictwa odbytej 27 listopada 2026 r. o godz. 10:00”,
then the chair and the minute-taker, who was present and who was absent, the agenda, the
minutes' text, the directives issued at the meeting that the reader may see (a department
its own), and a line for each signature. Marked as a draft until the mayor approves them.
"""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria import settings
from kancelaria.documents import site
from kancelaria.documents.adapters import rich_text
from kancelaria.documents.adapters import safe_filename
from kancelaria.documents.interfaces import IMinutesDocument
from kancelaria.documents.model import AgendaItem
from kancelaria.documents.model import Attendee
from kancelaria.documents.model import DirectiveLine
from kancelaria.documents.model import Minutes
from kancelaria.documents.richtext import blocks
from kancelaria.documents.richtext import clean
from kancelaria.workflows import meeting as meetings
from plone import api
from zope.i18n import translate
from zope.interface import implementer

#: The state in which the minutes are final (no longer a draft).
APPROVED = "minutes_approved"

#: “… z narady kierownictwa”: the kind of meeting as the minutes' heading names it.
OF_KIND = {
    "management": _("minutes_of_management", default="of the management meeting"),
    "deputies": _("minutes_of_deputies", default="of the deputies' meeting"),
    "working": _("minutes_of_working", default="of the working meeting"),
    "other": _("minutes_of_other", default="of the meeting"),
}


def _text(value):
    return (value or "").strip() if isinstance(value, str) else ""


@implementer(IMinutesDocument)
class MeetingMinutes:
    def __init__(self, context):
        self.context = context

    def filename(self):
        language = site.language()
        prefix = translate(_("minutes_filename", default="minutes"), target_language=language)
        return safe_filename(prefix, self.context.meeting_number or self.context.getId())

    def held(self, language):
        """The line under the heading: the kind, the day in words, the hour, the place."""
        obj = self.context
        kind = translate(OF_KIND.get(obj.kind, OF_KIND["other"]), target_language=language)
        start = obj.start
        if start is None:
            return kind
        if start.tzinfo is not None:
            start = start.astimezone(clock.zone())
        mapping = {
            "kind": kind,
            "date": formats.long_date(start.date(), language),
            "time": start.strftime("%H:%M"),
            "place": _text(obj.place),
        }
        if mapping["place"]:
            message = _(
                "minutes_held_in",
                default="${kind} held on ${date} at ${time}, place: ${place}",
                mapping=mapping,
            )
        else:
            message = _(
                "minutes_held", default="${kind} held on ${date} at ${time}", mapping=mapping
            )
        return translate(message, target_language=language)

    def directives(self):
        """The directives issued at the meeting that the reader may see, in the order
        they were issued."""
        lines = []
        for child in self.context.objectValues():
            if getattr(child, "portal_type", None) != "Directive":
                continue
            if not api.user.has_permission("View", obj=child):
                continue
            rows = settings.department_rows(getattr(child, "departments", None) or ())
            lines.append(
                DirectiveLine(
                    signature=child.signature or "",
                    title=child.title or "",
                    departments="; ".join(row["title"] for row in rows),
                    responsible_person=_text(child.responsible_person),
                    deadline=child.deadline,
                )
            )
        return lines

    def minutes(self):
        obj = self.context
        text = rich_text(obj.minutes)
        if not blocks(clean(text)):
            return None
        language = site.language()
        heading = _(
            "minutes_heading",
            default="Minutes no. ${number}",
            mapping={"number": obj.meeting_number or ""},
        )
        return Minutes(
            letterhead=site.letterhead(),
            heading=translate(heading, target_language=language),
            held=self.held(language),
            subject=_text(obj.title),
            chair=_text(obj.chair),
            minute_taker=_text(obj.minute_taker),
            attendees=[
                Attendee(
                    name=_text(row.get("name")),
                    function=_text(row.get("function")),
                    unit=_text(row.get("unit")),
                    present=meetings.was_present(row),
                )
                for row in obj.attendees or ()
            ],
            agenda=[
                AgendaItem(
                    number=_text(row.get("number")),
                    topic=_text(row.get("topic")),
                    presenter=_text(row.get("presenter")),
                )
                for row in obj.agenda or ()
            ],
            minutes_html=text,
            directives=self.directives(),
            draft=api.content.get_state(obj, default=None) != APPROVED,
            language=language,
        )
