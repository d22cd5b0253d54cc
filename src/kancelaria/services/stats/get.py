"""``GET /interpelacje/@stats?year=2026`` — the register's statistics for one year.

Query: ``year`` (default: the current year), optionally ``councillor`` and ``kind``.
Counts only what the caller may see (anonymous callers: no ``registered`` items). The
definitions are in ``kancelaria.interpellations.stats``.
"""

from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from kancelaria.services import CaseService


class StatsGet(CaseService):
    def handle(self):
        filters = query.parse(self.request.form, names=("year", "councillor", "kind"))
        data = stats.for_register(
            self.context, filters["year"], filters["councillor"], filters["kind"]
        )
        data["@id"] = f"{self.context.absolute_url()}/@stats"
        return data
