"""The city's information bulletin (Biuletyn Informacyjny): one issue per number.

An issue lives in ``/biuletyn`` (``CaseType(registered=False)``: no signature, no deadline;
the core gives it the field owners over REST, the limits of text, file and rows, and the
checks of its transitions). Its number is ``N/YEAR``, unique in its year, proposed as the
next one and editable by the press office (``kancelaria.bulletin.numbering``). Publishing
needs the PDF.
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from kancelaria.bulletin import numbering
from kancelaria.case.casetype import CaseType
from kancelaria.case.casetype import RegisterEntry
from kancelaria.workflows import bulletin as workflow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import Interface
from zope.interface import implementer


class IContentsRow(Interface):
    title = schema.TextLine(title=_("Article"), required=True)
    page = schema.TextLine(title=_("Page"), required=False)


class IBulletinIssue(model.Schema):
    """Number, date, the PDF and its table of contents."""

    title = schema.TextLine(title=_("Title"), required=True)

    description = schema.Text(title=_("Summary"), required=False)

    number = schema.TextLine(
        title=_("Issue number"),
        description=_("NUMBER/YEAR, unique in its year; the next one is proposed."),
        required=False,
        constraint=numbering.number_format,
    )

    issue_date = schema.Date(title=_("Date of issue"), required=True)

    model.primary("file")
    file = NamedBlobFile(
        title=_("The issue (PDF)"),
        description=_("Required before the issue is published."),
        required=False,
    )

    contents = schema.List(
        title=_("Table of contents"),
        value_type=DictRow(title=_("Article"), schema=IContentsRow),
        required=False,
        default=[],
        constraint=workflow.contents_titled,
    )
    directives.widget("contents", DataGridFieldFactory, allow_reorder=True)


@implementer(IBulletinIssue)
class BulletinIssue(RegisterEntry, Container):
    """The PDF is its own field; further files may go inside."""


CASE_TYPE = CaseType(
    portal_type="BulletinIssue",
    register="biuletyn",
    registered=False,
    public_states=("published",),
    transition_checks={"publish": workflow.has_pdf},
    add_label=_("Add a bulletin issue"),
    edit_label=_("Edit the bulletin issue"),
)
