"""Outgoing letters (pisma wychodzące): drafted, signed by the mayor, sent.

A reply belongs to the case of the letter it answers (instrukcja kancelaryjna): it carries
that case's signature, JRWA class and deadline, given when it is created. A letter that
answers nothing (congratulations, condolences, an invitation) is a case of its own: the core
gives it a signature of its own in the type's default JRWA class, and the deadline of the
settings' ``letter`` row.
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from kancelaria import settings
from kancelaria.case.behaviors import CHOOSE
from kancelaria.case.casetype import CaseType
from kancelaria.case.desk import DEPARTMENT
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.content.letters import CHANNELS
from kancelaria.content.letters import not_in_future
from kancelaria.workflows import outgoing as workflow
from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from z3c.form.interfaces import IEditForm
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

#: The kinds of outgoing letter, named once in the settings (the templates use them too).
KINDS = SimpleVocabulary(
    [SimpleTerm(kind, kind, title) for kind, title in settings.LETTER_KINDS.items()]
)


class IRecipientRow(Interface):
    name = schema.TextLine(title=_("Name"), required=True)
    organisation = schema.TextLine(title=_("Organisation"), required=False)
    address = schema.TextLine(title=_("Address"), required=False)
    email = Email(title=_("E-mail"), required=False)


class IOutgoingLetter(model.Schema):
    """A letter of the mayor: to whom, about what, signed by whom, sent how and when."""

    title = schema.TextLine(title=_("Subject"), required=True)

    recipients = schema.List(
        title=_("Recipients"),
        value_type=DictRow(title=_("Recipient"), schema=IRecipientRow),
        required=True,
        min_length=1,
    )
    directives.widget("recipients", DataGridFieldFactory, allow_reorder=True)

    kind = schema.Choice(title=_("Kind of letter"), vocabulary=KINDS, required=True)
    directives.widget("kind", prompt=True, promptMessage=CHOOSE)

    in_reply_to = RelationChoice(
        title=_("In reply to"),
        description=_("The incoming letter this letter answers."),
        source=CatalogSource(portal_type="IncomingLetter"),
        required=False,
    )
    # A reply belongs to the case it answers from the start (its signature).
    directives.mode(IEditForm, in_reply_to="display")

    body = RichText(title=_("Text of the letter"), required=False)

    signatory = schema.Choice(
        title=_("Signatory"), vocabulary="kancelaria.Signatories", required=True
    )
    directives.widget("signatory", prompt=True, promptMessage=CHOOSE)

    channel = schema.Choice(title=_("Send by"), vocabulary=CHANNELS, required=True, default="paper")

    sent_date = schema.Date(
        title=_("Date of dispatch"),
        description=_("Set to the day of sending unless the office gives another."),
        required=False,
        constraint=not_in_future,
    )
    directives.omitted(IAddForm, "sent_date")

    # Who writes what: the drafters (the department, the office) until the letter goes
    # for signature, the mayor's office while it waits for it, nobody once signed; the
    # date of dispatch is the office's.
    directives.write_permission(
        title="kancelaria.EditLetter",
        recipients="kancelaria.EditLetter",
        kind="kancelaria.EditLetter",
        in_reply_to="kancelaria.EditLetter",
        body="kancelaria.EditLetter",
        signatory="kancelaria.EditLetter",
        channel="kancelaria.EditLetter",
        sent_date="kancelaria.DispatchLetter",
    )


@implementer(IOutgoingLetter)
class OutgoingLetter(Container):
    """The signed scan and the attachments are files inside it."""


CASE_TYPE = CaseType(
    portal_type="OutgoingLetter",
    register="kancelaria/korespondencja",
    routing_transition=None,
    # A reply takes its case's deadline; any other letter the ``letter`` row's.
    deadline_kind="letter",
    public_states=(),
    transition_checks={
        "return_to_draft": workflow.return_reason_given,
        "send": workflow.dispatch_date_valid,
    },
    add_label=_("Write an outgoing letter"),
    edit_label=_("Edit the outgoing letter"),
    queues=(
        Queue(
            "to_sign",
            _("queue_to_sign", default="To sign"),
            (MAYOR,),
            applies=workflow.pending_signature,
        ),
        Queue(
            "to_send",
            _("queue_to_send", default="To send"),
            (OFFICE,),
            applies=workflow.signed,
        ),
        Queue(
            "letters_returned",
            _("queue_letters_returned", default="Letters returned by the mayor"),
            (DEPARTMENT, OFFICE),
            applies=workflow.returned,
            private=True,
            note=workflow.return_comment,
        ),
    ),
)
