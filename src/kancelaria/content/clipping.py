"""Press clippings (przegląd prasy): what the media wrote or aired about the city.

A clipping is an entry of the press archive ``/kancelaria/prasa`` (``CaseType(registered=
False)``: no signature, deadline or routing). The press office catalogues it (``private``:
only the press office sees it) and, once its tone and summary are written, publishes it to
the archive the whole office reads (``published``: the office, the mayor and the press
office; never a department, never a visitor — clippings are the media's copyrighted work).
"""

from kancelaria import _
from kancelaria.case.behaviors import CHOOSE
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import PRESS
from kancelaria.case.desk import Queue
from kancelaria.workflows import clipping as workflow
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

MEDIA_KINDS = SimpleVocabulary(
    [
        SimpleTerm("press", "press", _("media_press", default="Press")),
        SimpleTerm("internet", "internet", _("media_internet", default="Internet")),
        SimpleTerm("radio", "radio", _("media_radio", default="Radio")),
        SimpleTerm("tv", "tv", _("media_tv", default="Television")),
    ]
)

TONES = SimpleVocabulary(
    [
        SimpleTerm("positive", "positive", _("tone_positive", default="Positive")),
        SimpleTerm("neutral", "neutral", _("tone_neutral", default="Neutral")),
        SimpleTerm("negative", "negative", _("tone_negative", default="Negative")),
    ]
)

#: Everything of a clipping is the press office's to write.
FIELDS = (
    "title",
    "medium_kind",
    "medium",
    "clipping_date",
    "author",
    "link",
    "file",
    "topics",
    "tone",
    "summary",
)


class IPressClipping(model.Schema):
    """One article, broadcast or post about the city."""

    title = schema.TextLine(title=_("Headline"), required=True)
    medium_kind = schema.Choice(
        title=_("Kind of medium"), vocabulary=MEDIA_KINDS, required=True, default="press"
    )
    medium = schema.TextLine(
        title=_("Medium"),
        description=_("The paper, portal, station or programme, e.g. Dziennik Zachodni."),
        required=True,
    )
    clipping_date = schema.Date(title=_("Date of publication"), required=True)
    author = schema.TextLine(title=_("Author"), required=False)
    link = schema.URI(title=_("Link"), required=False)
    file = NamedBlobFile(
        title=_("Scan or PDF"),
        description=_("Size and types as for the office's attachments (settings)."),
        required=False,
    )
    topics = schema.List(
        title=_("Topics"),
        description=_("One topic a line, e.g. participatory budget, roads."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        max_length=20,
    )
    tone = schema.Choice(
        title=_("Tone"),
        description=_("Required to publish the clipping to the office's archive."),
        vocabulary=TONES,
        required=False,
    )
    directives.widget("tone", prompt=True, promptMessage=CHOOSE)
    summary = schema.Text(
        title=_("Summary"),
        description=_("What it says about the city; required to publish."),
        required=False,
    )

    directives.write_permission(**{name: "kancelaria.EditClipping" for name in FIELDS})


@implementer(IPressClipping)
class PressClipping(RegisterEntry, Item):
    """A clipping of the press archive."""


CASE_TYPE = CaseType(
    portal_type="PressClipping",
    register="kancelaria/prasa",
    registered=False,
    transition_checks={"publish": workflow.ready_to_publish},
    add_label=_("Add a press clipping"),
    edit_label=_("Edit the press clipping"),
    queues=(
        Queue(
            "clippings_to_summarise",
            _("queue_clippings_to_summarise", default="Clippings to summarise"),
            (PRESS,),
            applies=workflow.to_summarise,
            action=("edit", _("Summarise")),
            sort_on="clipping_date",
        ),
    ),
)
