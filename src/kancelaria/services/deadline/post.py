"""``POST <case>/@deadline`` — change a deadline, giving a reason."""

from datetime import date
from kancelaria import _
from kancelaria.case import registration
from kancelaria.case.errors import CaseInputError
from kancelaria.services import CaseService
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


def parse_date(value, field):
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise CaseInputError(
            field,
            _(
                "error_date_format",
                default="'${value}' is not a date (YYYY-MM-DD).",
                mapping={"value": str(value)},
            ),
        ) from error


class DeadlinePost(CaseService):
    def handle(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        data = self.body()
        new = parse_date(data.get("deadline"), "deadline")
        registration.change_deadline(self.context, new, data.get("reason"))
        return {
            "@id": f"{self.context.absolute_url()}/@deadline",
            "signature": self.context.signature,
            "deadline": self.context.deadline.isoformat(),
        }
