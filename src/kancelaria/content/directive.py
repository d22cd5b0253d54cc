"""Directives (polecenia) issued at a meeting, tracked until they are done.

A directive is a registered case (signature in the JRWA class the settings give for
meetings, ``type_jrwa["Directive"]``) that lives only inside a ``Meeting`` or a
``Ceremony`` (a task of its plan): its day of receipt is the meeting's day (a ceremony's
task: the day it is issued), its deadline the issuer's (the settings' ``directive`` row
without one), its departments routed by the core. The routed department keeps a progress
log (``@progress``: append-only, dated and signed by the server) and reports it done.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from kancelaria.case.casetype import CaseType
from kancelaria.case.desk import DEPARTMENT
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import directive as workflow
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from zope import schema
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

PRIORITIES = SimpleVocabulary(
    [
        SimpleTerm("low", "low", _("priority_low", default="Low")),
        SimpleTerm("normal", "normal", _("priority_normal", default="Normal")),
        SimpleTerm("high", "high", _("priority_high", default="High")),
    ]
)


class IProgressRow(Interface):
    date = schema.Date(title=_("Date"), required=False)
    note = schema.Text(title=_("Note"), required=True)
    author = schema.TextLine(title=_("Author"), required=False)
    percent = schema.Int(title=_("Percent done"), required=False, min=0, max=100)


class IDirective(model.Schema):
    """What is to be done, by whom, how urgently; how far it got; the report."""

    title = schema.TextLine(title=_("Directive"), required=True)

    text = RichText(title=_("Content of the directive"), required=False)

    responsible_person = schema.TextLine(title=_("Responsible person"), required=False)

    priority = schema.Choice(
        title=_("Priority"), vocabulary=PRIORITIES, required=True, default="normal"
    )

    progress = schema.List(
        title=_("Progress"),
        description=_("Added with “Add progress”: dated and signed, never rewritten."),
        value_type=DictRow(title=_("Progress report"), schema=IProgressRow),
        required=False,
        readonly=True,
        default=[],
    )
    directives.widget("progress", DataGridFieldFactory)
    directives.omitted(IAddForm, "progress")

    completion_report = RichText(
        title=_("Completion report"),
        description=_("What was done: written by the department before reporting it done."),
        required=False,
    )
    directives.omitted(IAddForm, "completion_report")

    # The issuer (the office, the mayor) owns the directive; the routed department its
    # report (the progress log only through ``@progress``).
    directives.write_permission(
        title="kancelaria.EditDirective",
        text="kancelaria.EditDirective",
        responsible_person="kancelaria.EditDirective",
        priority="kancelaria.EditDirective",
        completion_report="kancelaria.WriteCompletionReport",
    )


@implementer(IDirective)
class Directive(Container):
    """Attachments (the department's documents) are files inside it."""

    def meeting(self):
        """The meeting it was issued at, or the ceremony whose task it is."""
        return aq_parent(aq_inner(self))


CASE_TYPE = CaseType(
    portal_type="Directive",
    register="kancelaria/narady",
    inside=("Meeting", "Ceremony"),
    routing_transition=None,
    deadline_kind="directive",
    issued=True,
    transition_checks={
        "report_done": workflow.report_written,
        "return": workflow.reason_given,
        "cancel": workflow.reason_given,
    },
    add_label=_("Issue a directive"),
    edit_label=_("Edit the directive"),
    queues=(
        Queue(
            "directives_to_do",
            _("queue_directives_to_do", default="Directives to carry out"),
            (DEPARTMENT,),
            applies=workflow.to_do,
            excludes=("directives_returned",),
            action=workflow.PROGRESS_ACTION,
        ),
        Queue(
            "directives_returned",
            _("queue_directives_returned", default="Directives returned"),
            (DEPARTMENT,),
            applies=workflow.returned,
            private=True,
            note=workflow.return_comment,
            action=workflow.PROGRESS_ACTION,
        ),
        Queue(
            "directives_to_verify",
            _("queue_directives_to_verify", default="Directives to verify"),
            (MAYOR, OFFICE),
            applies=workflow.to_verify,
        ),
    ),
)
