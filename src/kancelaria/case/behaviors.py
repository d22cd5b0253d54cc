"""The ``kancelaria.case`` behavior: the fields every registered case has."""

from kancelaria import _
from kancelaria import clock
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from z3c.form.interfaces import IEditForm
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class ICase(model.Schema):
    """A registered case (sprawa) with a signature, a deadline and its routing."""

    model.fieldset(
        "case",
        label=_("Case"),
        fields=["signature", "jrwa", "received_date", "deadline", "departments"],
    )

    signature = schema.TextLine(
        title=_("Case signature"),
        description=_("Given at registration: UNIT.JRWA.NUMBER.YEAR."),
        required=False,
        readonly=True,
    )

    jrwa = schema.Choice(
        title=_("JRWA class"),
        description=_("Left empty, the default class of this type is used."),
        vocabulary="kancelaria.JRWA",
        required=False,
    )
    # The class is part of the signature: chosen at registration, shown afterwards.
    directives.mode(IEditForm, jrwa="display")

    received_date = schema.Date(
        title=_("Received"),
        description=_("The day the office received it."),
        required=True,
        defaultFactory=clock.today,
    )

    deadline = schema.Date(
        title=_("Deadline"),
        description=_(
            "Computed from the day of receipt; staff change it with "
            "“Change deadline”, giving a reason."
        ),
        required=False,
        readonly=True,
    )

    departments = schema.List(
        title=_("Departments"),
        description=_("Where the case is routed; changed with “Route to department”."),
        value_type=schema.Choice(vocabulary="kancelaria.Departments"),
        required=False,
        readonly=True,
        default=[],
    )
