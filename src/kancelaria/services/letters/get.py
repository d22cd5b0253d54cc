"""``GET /kancelaria/korespondencja/@letters`` — the register of correspondence for other
systems: the page's parameters (``kancelaria.letters.query.PARAMETERS``) and ``b_start``,
``b_size`` (default 25, at most 1000); a bad one is a 400 naming it.

Answer: ``{"@id", "items_total", "b_start", "b_size", "items": [...], "batching"?,
"filters"}``; an item has ``@id``, ``@type``, ``direction``, ``signature``,
``incoming_number``, ``title``, ``party``, ``kind``, ``review_state``, ``departments``,
``date`` (received / sent), ``deadline``, ``days_left``, dates as ISO text. The caller gets
what it may see (a department: its letters).
"""

from kancelaria import clock
from kancelaria.case import params
from kancelaria.letters import export
from kancelaria.letters import query
from kancelaria.services import CaseService
from kancelaria.services import batched
from kancelaria.services import iso as _iso


class LettersGet(CaseService):
    def handle(self):
        form = self.request.form
        filters = query.parse(form)
        b_start, b_size = params.batch(form)
        brains = query.search(self.context, filters, b_start=b_start, b_size=b_size)
        total = brains.actual_result_count
        today = clock.today()
        items = []
        for brain in brains[:b_size]:
            row = export.row(brain, self.request, today)
            items.append(
                {
                    "@id": row["url"],
                    "@type": brain.portal_type,
                    "direction": row["direction"],
                    "signature": row["signature"],
                    "incoming_number": row["incoming_number"],
                    "title": row["title"],
                    "party": row["party"],
                    "kind": {"token": row["kind"], "title": row["kind_title"]},
                    "review_state": {"token": row["state"], "title": row["state_title"]},
                    "departments": row["departments"],
                    "date": _iso(row["date"]),
                    "deadline": _iso(row["deadline"]),
                    "days_left": row["days_left"],
                }
            )
        given = {k: _iso(v) for k, v in filters.items() if v is not None}
        return batched(
            f"{self.context.absolute_url()}/@letters", given, items, total, b_start, b_size
        )
