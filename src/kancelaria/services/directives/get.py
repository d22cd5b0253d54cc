"""``GET /kancelaria/narady/@directives`` — the directives dashboard for other systems: the
page's filters (``kancelaria.followup.query.FILTERS``) and ``b_start``, ``b_size`` (default
25, at most 1000); a bad one is a 400 naming it.

Answer: ``{"@id", "items_total", "b_start", "b_size", "counters", "items": [...],
"batching"?, "filters"}``; an item has ``@id``, ``signature``, ``title``, ``meeting``
(``@id``, ``title``, ``start``: its day), ``departments``, ``responsible_person``,
``priority`` and ``review_state`` (``token``, ``title``), ``deadline``, ``days_left``,
``progress_percent``; dates as ISO text. The order and the counts are the page's; the caller
gets what it may see (a department: its directives).
"""

from kancelaria import clock
from kancelaria.case import params
from kancelaria.followup import export
from kancelaria.followup import query
from kancelaria.services import CaseService
from kancelaria.services import batched
from kancelaria.services import iso as _iso


def item(row):
    return {
        "@id": row["url"],
        "signature": row["signature"],
        "title": row["title"],
        "meeting": {
            "@id": row["meeting_url"],
            "title": row["meeting_title"],
            "start": _iso(row["meeting_day"]),
        },
        "departments": row["departments"],
        "responsible_person": row["responsible_person"],
        "priority": {"token": row["priority"], "title": row["priority_title"]},
        "review_state": {"token": row["state"], "title": row["state_title"]},
        "deadline": _iso(row["deadline"]),
        "days_left": row["days_left"],
        "progress_percent": row["progress_percent"],
    }


class DirectivesGet(CaseService):
    def handle(self):
        form = self.request.form
        filters = query.parse(form)
        b_start, b_size = params.batch(form)
        today = clock.today()
        brains = query.search(self.context, filters, b_start=b_start, b_size=b_size, today=today)
        total = brains.actual_result_count
        titles = export.Labels(self.request)
        items = [item(export.row(brain, self.request, today, titles)) for brain in brains[:b_size]]
        given = {k: v for k, v in filters.items() if v is not None}
        return batched(
            f"{self.context.absolute_url()}/@directives",
            given,
            items,
            total,
            b_start,
            b_size,
            counters=query.counters(self.context, filters, today),
        )
