"""Councillors' interpellations, inquiries and motions (art. 24 of the act on gminas)."""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from kancelaria import _
from kancelaria.case.behaviors import CHOOSE
from kancelaria.case.casetype import CaseType
from kancelaria.case.desk import DEPARTMENT
from kancelaria.case.desk import MAYOR
from kancelaria.case.desk import OFFICE
from kancelaria.case.desk import Queue
from kancelaria.workflows import interpellation as workflow
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

KINDS = SimpleVocabulary(
    [
        SimpleTerm("interpellation", "interpellation", _("Interpellation")),
        SimpleTerm("inquiry", "inquiry", _("Inquiry")),
        SimpleTerm("motion", "motion", _("Councillor's motion")),
        SimpleTerm("committee_motion", "committee_motion", _("Committee motion")),
    ]
)


class IInterpellation(model.Schema):
    """A councillor's written question or motion to the mayor, and the mayor's answer."""

    title = schema.TextLine(title=_("Subject"), required=True)

    kind = schema.Choice(title=_("Kind"), vocabulary=KINDS, required=True, default="interpellation")

    councillor = schema.Choice(
        title=_("Councillor"),
        vocabulary="kancelaria.Councillors",
        required=True,
    )
    directives.widget("councillor", prompt=True, promptMessage=CHOOSE)

    text = RichText(
        title=_("Question"),
        description=_("The text of the interpellation, inquiry or motion."),
        required=True,
    )

    model.fieldset("answer", label=_("Answer"), fields=["answer", "answer_date"])

    answer = RichText(
        title=_("Answer"),
        description=_("Public only once the mayor has approved it."),
        required=False,
    )

    answer_date = schema.Date(
        title=_("Date of the answer"),
        description=_("Set to the day of approval unless the mayor's office gives another."),
        required=False,
    )

    directives.omitted(IAddForm, "answer", "answer_date")
    directives.read_permission(answer="kancelaria.ViewAnswer")
    directives.write_permission(
        title="kancelaria.EditQuestion",
        kind="kancelaria.EditQuestion",
        councillor="kancelaria.EditQuestion",
        text="kancelaria.EditQuestion",
        answer="kancelaria.EditAnswer",
        # The date of the answer is the day of approval (set by ``approve_answer``), or
        # what the mayor's group writes: a department never back-dates its own answer.
        answer_date="kancelaria.ReviewAnswer",
    )


@implementer(IInterpellation)
class Interpellation(Container):
    """The deadline follows the kind: 14 days for interpellations and inquiries, 30 for motions."""

    security = ClassSecurityInfo()

    @security.public
    def has_answer(self):
        """Workflow guard of ``submit_answer``: an answer with text in it."""
        return workflow.has_answer(self)


InitializeClass(Interpellation)


#: The desk's button on a line of an answer to write: the answer form (``@@answer``).
ANSWER_ACTION = ("answer", _("Prepare answer"))

#: What the case core needs to know of interpellations (see ``kancelaria.case.casetype``).
CASE_TYPE = CaseType(
    portal_type="Interpellation",
    register="interpelacje",
    routing_transition="forward",
    deadline_kind=lambda obj: obj.kind or "interpellation",
    public_states=("forwarded", "answer_review", "answered", "withdrawn"),
    transition_checks={
        "submit_answer": workflow.answer_written,
        "return_answer": workflow.return_reason_given,
    },
    add_label=_("Register an interpellation"),
    edit_label=_("Edit the interpellation"),
    publications={
        "forward": _("Question published"),
        "approve_answer": _("Answer approved and published"),
    },
    queues=(
        Queue(
            "answers_to_approve",
            _("queue_answers_to_approve", default="Answers awaiting approval"),
            (MAYOR,),
            applies=workflow.awaiting_approval,
        ),
        Queue(
            "to_answer",
            _("queue_to_answer", default="To answer"),
            (DEPARTMENT,),
            applies=workflow.forwarded,
            excludes=("returned",),
            action=ANSWER_ACTION,
        ),
        Queue(
            "returned",
            _("queue_returned", default="Returned with the mayor's comment"),
            (DEPARTMENT, OFFICE),
            applies=workflow.returned,
            private=True,
            note=workflow.return_comment,
            action=ANSWER_ACTION,
        ),
    ),
)
