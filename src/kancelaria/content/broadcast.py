"""TV and radio productions (``/media``): the City Hall's programmes and when they aired.

A broadcast lives in ``/media`` (``CaseType(registered=False)``). The office and the press
office record it (programme, station, medium, air dates, topics, the recording or a link to
it, cost); the press office publishes it to the public archive of aired programmes. The
recording's size and types are the press office's settings (``kancelaria.media.*``); a
link is http or https only.
"""

from decimal import Decimal
from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.media import settings
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.interfaces import IDatetime
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

MEDIA = SimpleVocabulary(
    [
        SimpleTerm("tv", title=_("Television")),
        SimpleTerm("radio", title=_("Radio")),
        SimpleTerm("internet", title=_("Internet")),
    ]
)


class IAirTime(IDatetime):
    """A date and time a programme aired (Warsaw's local time, without a zone)."""


@implementer(IAirTime)
class AirTime(schema.Datetime):
    """Over REST an ISO date-time; one with a zone is turned into Warsaw's local time
    (``kancelaria.media.deserializers``)."""


class IBroadcast(model.Schema):
    """The programme, where and when it aired, and its recording."""

    title = schema.TextLine(title=_("Programme"), required=True)
    description = schema.Text(title=_("Description"), required=False)
    broadcaster = schema.TextLine(title=_("Broadcaster"), required=False)
    medium = schema.Choice(title=_("Medium"), vocabulary=MEDIA, required=False, default="tv")
    air_dates = schema.List(
        title=_("Air dates"),
        description=_("The date and time of each broadcast."),
        value_type=AirTime(title=_("Aired")),
        required=False,
        default=[],
    )
    topics = schema.List(
        title=_("Topics"),
        value_type=schema.TextLine(title=_("Topic")),
        required=False,
        default=[],
    )
    model.primary("recording")
    recording = NamedBlobFile(
        title=_("Recording"),
        description=_("An audio or video file (sizes and types: the media settings)."),
        required=False,
    )
    recording.setTaggedValue("kancelaria.file_problem", settings.recording_problem)
    recording_url = schema.TextLine(
        title=_("Link to the recording"),
        description=_("An http or https address, e.g. the station's player."),
        required=False,
    )
    cost = schema.Decimal(title=_("Cost (PLN)"), required=False, min=Decimal(0))


@implementer(IBroadcast)
class Broadcast(RegisterEntry, Container):
    """Further files may go inside."""


CASE_TYPE = CaseType(
    portal_type="Broadcast",
    register="media",
    registered=False,
    public_states=("published",),
    add_label=_("Add a broadcast"),
    edit_label=_("Edit the broadcast"),
)
