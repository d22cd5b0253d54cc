"""The actions of letters in the Classic UI: close with a note, prepare the reply, return
to the drafters with a comment, send (with the date of dispatch)."""

from kancelaria import _
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for
from kancelaria.content.letters import not_in_future
from kancelaria.content.reply import create_reply
from plone import api
from z3c.form import field
from zope import schema
from zope.interface import Interface


class CloseLetterForm(TransitionWithCommentForm):
    label = _("Close the letter")
    save_label = _("Close")
    transition = "close"
    fields = comment_fields(
        _("Closing note"),
        _("How the letter was dealt with; it stays in the letter's history."),
    )
    success_message = _("The letter was closed.")


class ReturnLetterForm(TransitionWithCommentForm):
    label = _("Return to draft")
    save_label = _("Return to draft")
    transition = "return_to_draft"
    fields = comment_fields(
        _("Why does the letter go back?"),
        _("The drafters read this with the returned letter."),
    )
    success_message = _("The letter went back to its drafters.")


class ISendLetterForm(Interface):
    sent_date = schema.Date(
        title=_("Date of dispatch"),
        description=_("Left empty, today."),
        required=False,
        constraint=not_in_future,
    )


class SendLetterForm(CaseActionForm):
    label = _("Send the letter")
    save_label = _("Send")
    fields = field.Fields(ISendLetterForm)
    success_message = _("The letter was sent.")

    def apply(self, data):
        if data.get("sent_date"):
            self.context.sent_date = data["sent_date"]
        api.content.transition(obj=self.context, transition="send")


class PrepareReplyForm(CaseActionForm):
    label = _("Prepare reply")
    save_label = _("Prepare reply")
    fields = field.Fields()
    success_message = _("The draft of the reply is ready: write its text.")

    def apply(self, data):
        self.reply = create_reply(self.context)

    def next_url(self):
        return f"{self.reply.absolute_url()}/edit"


CloseLetterFormView = view_for(CloseLetterForm)
ReturnLetterFormView = view_for(ReturnLetterForm)
SendLetterFormView = view_for(SendLetterForm)
PrepareReplyFormView = view_for(PrepareReplyForm)
