"""``POST <case>/@deadline`` — change a deadline or correct the day of receipt, giving a
reason: ``{"deadline": "2026-12-15", "reason": "…"}`` or ``{"received_date": "2026-11-20",
"reason": "…"}`` (both at once: the receipt first, then the deadline)."""

from datetime import date
from kancelaria import _
from kancelaria.case import registration
from kancelaria.case.errors import CaseInputError
from kancelaria.services import CaseService


def parse_date(value, field):
    try:
        if not isinstance(value, str):
            raise TypeError(value)
        return date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise CaseInputError(
            field,
            _(
                "error_date_format",
                default="'${value}' is not a date (YYYY-MM-DD).",
                mapping={"value": str(value)[:40]},
            ),
        ) from error


class DeadlinePost(CaseService):
    def handle(self):
        data = self.body()
        if "deadline" not in data and "received_date" not in data:
            raise CaseInputError(
                "deadline", _("error_deadline_missing", default="a date is required.")
            )
        if "received_date" in data:
            received = parse_date(data["received_date"], "received_date")
            registration.change_receipt(self.context, received, data.get("reason"))
        if "deadline" in data:
            new = parse_date(data["deadline"], "deadline")
            registration.change_deadline(self.context, new, data.get("reason"))
        context = self.context
        return {
            "@id": f"{context.absolute_url()}/@deadline",
            "signature": context.signature,
            "received_date": context.received_date.isoformat(),
            "deadline": context.deadline.isoformat() if context.deadline else None,
        }
