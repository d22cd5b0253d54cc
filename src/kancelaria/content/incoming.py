"""Incoming letters (pisma przychodzące): registered, routed to a department, closed."""

from kancelaria import _
from kancelaria.case.behaviors import CHOOSE
from kancelaria.case.casetype import CaseType
from kancelaria.case.desk import DEPARTMENT
from kancelaria.case.desk import Queue
from kancelaria.content.letters import CHANNELS
from kancelaria.content.letters import not_in_future
from kancelaria.workflows import incoming as workflow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IIncomingLetter(model.Schema):
    """A letter the office received: who wrote, when, how it came, what it is about."""

    title = schema.TextLine(title=_("Subject"), required=True)

    sender_name = schema.TextLine(title=_("Sender"), required=True)
    sender_organisation = schema.TextLine(title=_("Sender's organisation"), required=False)
    sender_address = schema.Text(title=_("Sender's address"), required=False)
    sender_email = Email(title=_("Sender's e-mail"), required=False)
    sender_reference = schema.TextLine(
        title=_("Sender's reference"),
        description=_("The sign of the letter given by its sender."),
        required=False,
    )
    letter_date = schema.Date(
        title=_("Date of the letter"), required=False, constraint=not_in_future
    )

    channel = schema.Choice(
        title=_("Delivered by"), vocabulary=CHANNELS, required=True, default="paper"
    )
    kind = schema.Choice(
        title=_("Kind of letter"),
        description=_("The kind decides the deadline (the settings' kinds of letters)."),
        vocabulary="kancelaria.LetterKinds",
        required=True,
    )
    directives.widget("kind", prompt=True, promptMessage=CHOOSE)

    summary = schema.Text(title=_("Summary"), required=False)

    incoming_number = schema.TextLine(
        title=_("Number in the incoming log"),
        description=_("Given at registration: RPW/NUMBER/YEAR."),
        required=False,
        readonly=True,
    )

    # The office registers the letter and keeps its data; a department works on it
    # (attachments, the reply, closing) but never rewrites what arrived.
    directives.write_permission(
        title="kancelaria.EditLetter",
        sender_name="kancelaria.EditLetter",
        sender_organisation="kancelaria.EditLetter",
        sender_address="kancelaria.EditLetter",
        sender_email="kancelaria.EditLetter",
        sender_reference="kancelaria.EditLetter",
        letter_date="kancelaria.EditLetter",
        channel="kancelaria.EditLetter",
        kind="kancelaria.EditLetter",
        summary="kancelaria.EditLetter",
    )


@implementer(IIncomingLetter)
class IncomingLetter(Container):
    """The scanned original and the attachments are files inside it."""


#: The desk's button on a department's letter: draft the reply (``@@reply``).
REPLY_ACTION = ("reply", _("Prepare reply"))

CASE_TYPE = CaseType(
    portal_type="IncomingLetter",
    register="kancelaria/korespondencja",
    routing_transition="assign",
    deadline_kind=lambda obj: getattr(obj, "kind", None) or "general",
    public_states=(),
    # A resident checks the letter at /sprawdz-sprawe with the code on the receipt.
    status_check=True,
    # An e-mail dropped on the register (@eml) becomes an incoming letter.
    from_email=True,
    transition_checks={"close": workflow.closing_note_given},
    add_label=_("Register an incoming letter"),
    edit_label=_("Edit the incoming letter"),
    queues=(
        Queue(
            "letters_to_handle",
            _("queue_letters_to_handle", default="Letters to deal with"),
            (DEPARTMENT,),
            applies=workflow.assigned,
            action=REPLY_ACTION,
        ),
    ),
)
