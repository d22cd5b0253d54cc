"""„Udziel patronatu” / „Odmów” — the mayor's group decides, giving the justification (the
transition's comment; ``workflows.patronage.justification_given`` checks it on every way
in). The decision letter then goes to the organiser."""

from kancelaria import _
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for

JUSTIFICATION = comment_fields(
    _("Justification"),
    _("Quoted in the decision letter the organiser receives by e-mail."),
)


class GrantForm(TransitionWithCommentForm):
    label = _("Grant the application")
    save_label = _("Grant")
    transition = "grant"
    fields = JUSTIFICATION
    success_message = _("Granted: the decision letter went to the organiser.")


class RefuseForm(TransitionWithCommentForm):
    label = _("Refuse the application")
    save_label = _("Refuse")
    transition = "refuse"
    fields = JUSTIFICATION
    success_message = _("Refused: the decision letter went to the organiser.")


GrantFormView = view_for(GrantForm)
RefuseFormView = view_for(RefuseForm)
