"""„Zwróć odpowiedź” — the mayor sends the answer back to the department, saying why."""

from kancelaria import _
from kancelaria.browser.forms import TransitionWithCommentForm
from kancelaria.browser.forms import comment_fields
from kancelaria.browser.forms import view_for


class ReturnAnswerForm(TransitionWithCommentForm):
    label = _("Return answer")
    save_label = _("Return answer")
    transition = "return_answer"
    fields = comment_fields(
        _("Why does the answer go back?"),
        _("The department reads this with the returned answer."),
    )
    success_message = _("The answer went back to the department.")


ReturnAnswerFormView = view_for(ReturnAnswerForm)
