"""``GET /kancelaria/@deadlines`` — open cases by deadline, overdue and due-soon marked.

Query: ``department`` (a symbol), ``within`` (days), ``status=overdue``, and the usual
``b_start`` / ``b_size`` batching.
"""

from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import listing
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from kancelaria.services import CaseService
from plone.restapi.batching import HypermediaBatch


class DeadlinesGet(CaseService):
    def handle(self):
        form = self.request.form
        department = params.text(form, "department")
        if department and department not in settings.departments():
            raise CaseInputError(
                "department",
                _(
                    "error_unknown_department",
                    default="'${symbol}' is not a department of the settings.",
                    mapping={"symbol": department},
                ),
            )
        within = params.integer(form, "within", None, 0, params.MAX_WITHIN_DAYS)
        status = params.text(form, "status")
        if status not in (None, "overdue"):
            raise CaseInputError(
                "status", _("error_status", default="the only status filter is 'overdue'.")
            )
        b_start, b_size = params.batch(form)
        # HypermediaBatch reads the request again: let it read the checked numbers.
        form["b_start"], form["b_size"] = str(b_start), str(b_size)
        today = clock.today()
        brains = listing.open_cases(department, within, today, status)
        batch = HypermediaBatch(self.request, brains)
        items = []
        for brain in batch:
            item = listing.describe(brain, today)
            item["@id"] = item.pop("url")
            item["deadline"] = item["deadline"].isoformat() if item["deadline"] else None
            items.append(item)
        result = {
            "@id": batch.canonical_url,
            "items_total": batch.items_total,
            "items": items,
            "overdue": len(listing.open_cases(department, None, today, "overdue")),
        }
        if batch.links:
            result["batching"] = batch.links
        return result
