"""The ``kancelaria.case`` behavior: the fields every registered case has."""

from kancelaria import _
from kancelaria import clock
from kancelaria.case.registration import receipt_date_error
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from z3c.form.interfaces import IEditForm
from zope import schema
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import provider
from zope.schema.interfaces import ValidationError

#: What a choice without a default shows until one is made (never the first option).
CHOOSE = _("— choose —")


class InvalidReceiptDate(ValidationError):
    """A day of receipt in the future or before 2000."""

    def doc(self):
        return translate(self.args[0], context=getRequest())


def _valid_receipt_date(value):
    message = receipt_date_error(value)
    if message is not None:
        raise InvalidReceiptDate(message)
    return True


@provider(IFormFieldProvider)
class ICase(model.Schema):
    """A registered case (sprawa) with a signature, a deadline and its routing."""

    # The day of receipt is read off the letter first: on the first tab, after the subject.
    model.fieldset("case", label=_("Case"), fields=["signature", "jrwa", "deadline", "departments"])

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
    # The class is part of the signature: chosen at registration, shown afterwards. The
    # registration form starts at the type's default class (``browser.caseforms``).
    directives.mode(IEditForm, jrwa="display")
    directives.widget("jrwa", prompt=True, promptMessage=CHOOSE)

    received_date = schema.Date(
        title=_("Received"),
        description=_("The day the office received it."),
        required=True,
        defaultFactory=clock.today,
        constraint=_valid_receipt_date,
    )
    # After registration the day of receipt changes with "Change deadline", with a reason.
    directives.mode(IEditForm, received_date="display")
    directives.order_after(received_date="title")

    # The office owns the registration data: a department that works on a case never
    # moves its receipt date (and so its deadline) or its class.
    directives.write_permission(
        jrwa="kancelaria.ChangeDeadline",
        received_date="kancelaria.ChangeDeadline",
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
