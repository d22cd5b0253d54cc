"""REST of the press archive (``/kancelaria/prasa``), for the caller's eyes only:

- ``GET @clippings``: the archive's filters (``kancelaria.press.clippings``) and
  ``b_start``, ``b_size`` (default 25, at most 1000) → ``{"@id", "items_total",
  "b_start", "b_size", "items", "batching"?, "filters"}``; an item has ``@id``, ``@type``,
  ``title``, ``medium``, ``medium_kind``, ``date``, ``author``, ``topics``, ``tone``,
  ``review_state``;
- ``GET @clippings-summary?month=YYYY-MM`` (default: this month) → ``{"@id", "month",
  "media": [{"medium", "medium_kind", "positive", "neutral", "negative", "none",
  "total"}], "totals"}``.

A bad parameter is a 400 naming it.
"""

from kancelaria.case import params
from kancelaria.press import clippings
from kancelaria.services import CaseService
from kancelaria.services import batched
from kancelaria.services import iso


class ClippingsGet(CaseService):
    def handle(self):
        form = self.request.form
        filters = clippings.parse(form)
        b_start, b_size = params.batch(form)
        brains = clippings.search(self.context, filters, b_start=b_start, b_size=b_size)
        items = []
        for brain in brains[:b_size]:
            found = clippings.item(brain, self.request)
            found["date"] = iso(found["date"])
            items.append(found)
        given = {k: iso(v) for k, v in filters.items() if v is not None}
        url = f"{self.context.absolute_url()}/@clippings"
        return batched(url, given, items, brains.actual_result_count, b_start, b_size)


class SummaryGet(CaseService):
    def handle(self):
        value = params.text(self.request.form, "month")
        first, last = clippings.month(value)
        month = first.strftime("%Y-%m")
        return {
            "@id": f"{self.context.absolute_url()}/@clippings-summary?month={month}",
            "month": month,
            **clippings.summary(self.context, first, last),
        }
