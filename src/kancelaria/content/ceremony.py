"""Ceremonies and anniversaries (uroczystości, the office's duty 16): state holidays and the
city's anniversaries the mayor takes part in, co-organised by the office.

A ceremony is an entry of the calendar ``/kancelaria/kalendarz`` without a signature
(``CaseType(registered=False)``, like the meeting): when and where, who organises it, the
guests, the mayor's speech (its ``@@pdf`` and ``@@docx``) and the press office's galleries
that document it. Its plan of tasks are directives issued inside it (``Directive`` lives in
meetings and ceremonies), routed to departments by the core. The year's ceremonies are
generated from the calendar of Polish holidays and the city's anniversaries
(``kancelaria.ceremonies.calendar``). Kept by the office; the mayor's group sees and edits it;
the press office sees it; a department whose task it holds sees what it needs of it (title,
kind, date, place, organisers: not the guests, the speech or the notes).
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from kancelaria.browser.widgets import ZonedDatetimeFieldWidget
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import ceremony as workflow
from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

KINDS = SimpleVocabulary(
    [
        SimpleTerm(
            "state_holiday", "state_holiday", _("ceremony_state_holiday", default="State holiday")
        ),
        SimpleTerm(
            "city_anniversary",
            "city_anniversary",
            _("ceremony_city_anniversary", default="City anniversary"),
        ),
        SimpleTerm("other", "other", _("ceremony_other", default="Other ceremony")),
    ]
)


class IGuestRow(Interface):
    name = schema.TextLine(title=_("Name"), required=True)
    function = schema.TextLine(title=_("Function"), required=False)
    invited = schema.Bool(title=_("Invited"), required=False, default=False)
    confirmed = schema.Bool(title=_("Confirmed"), required=False, default=False)


class ICeremony(model.Schema):
    """When and where, who organises it, the guests, the speech and the photographs."""

    title = schema.TextLine(title=_("Ceremony"), required=True)

    start = schema.Datetime(title=_("Date and time"), required=True)
    directives.widget("start", ZonedDatetimeFieldWidget)

    end = schema.Datetime(title=_("End"), required=False)
    directives.widget("end", ZonedDatetimeFieldWidget)

    place = schema.TextLine(title=_("Place"), required=False)

    kind = schema.Choice(
        title=_("Kind of ceremony"), vocabulary=KINDS, required=True, default="other"
    )

    organisers = schema.Text(
        title=_("Organisers and co-organisers"),
        description=_("One a line: the city, institutions, associations, schools."),
        required=False,
    )

    guests = schema.List(
        title=_("Guests"),
        value_type=DictRow(title=_("Guest"), schema=IGuestRow),
        required=False,
        default=[],
        constraint=workflow.guests_named,
    )
    directives.widget("guests", DataGridFieldFactory, allow_reorder=True)

    speech = RichText(
        title=_("The mayor's speech"),
        description=_("Printed as PDF and DOCX from the ceremony's page."),
        required=False,
    )

    galleries = RelationList(
        title=_("Photo documentation"),
        description=_("The press office's galleries of this ceremony."),
        value_type=RelationChoice(title=_("Gallery"), source=CatalogSource(portal_type="Gallery")),
        required=False,
        default=[],
    )

    notes = schema.Text(title=_("Notes"), required=False)

    # The office and the mayor's group write it (Modify portal content in the workflow);
    # a department reads only what its task needs: not the guests, the speech, the notes.
    directives.read_permission(
        guests="kancelaria.ViewCeremonyDetails",
        speech="kancelaria.ViewCeremonyDetails",
        notes="kancelaria.ViewCeremonyDetails",
        galleries="kancelaria.ViewCeremonyDetails",
    )
    directives.write_permission(
        title="kancelaria.EditCeremony",
        start="kancelaria.EditCeremony",
        end="kancelaria.EditCeremony",
        place="kancelaria.EditCeremony",
        kind="kancelaria.EditCeremony",
        organisers="kancelaria.EditCeremony",
        guests="kancelaria.EditCeremony",
        speech="kancelaria.EditCeremony",
        galleries="kancelaria.EditCeremony",
        notes="kancelaria.EditCeremony",
    )


@implementer(ICeremony)
class Ceremony(RegisterEntry, Container):
    """Its tasks (directives) and attachments are inside it."""


CASE_TYPE = CaseType(
    portal_type="Ceremony",
    register="kancelaria/kalendarz",
    registered=False,
    transition_checks={"reopen": workflow.reason_given},
    add_label=_("Plan a ceremony"),
    edit_label=_("Edit the ceremony"),
    queues=(
        Queue(
            "ceremonies_open_tasks",
            _("queue_ceremonies_open_tasks", default="Upcoming ceremonies with open tasks"),
            (OFFICE, MAYOR),
            applies=workflow.has_open_tasks,
            query=workflow.upcoming,
            sort_on="start",
            order=60,
        ),
    ),
)
