"""Councillors' interpellations, inquiries and motions (art. 24 of the act on gminas)."""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from kancelaria import _
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
        description=_("Set to the day of approval when left empty."),
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
        answer_date="kancelaria.EditAnswer",
    )


@implementer(IInterpellation)
class Interpellation(Container):
    """The deadline follows the kind: 14 days for interpellations and inquiries, 30 for motions."""

    security = ClassSecurityInfo()

    @property
    def deadline_kind(self):
        return self.kind or "interpellation"

    @security.public
    def has_answer(self):
        """Workflow guard of ``submit_answer``: an answer with text in it."""
        from kancelaria.workflows.interpellation import has_answer

        return has_answer(self)


InitializeClass(Interpellation)
