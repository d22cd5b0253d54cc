"""``GET /interpelacje/@stats?year=2026`` — the register's statistics for one year.

Query: the register page's filters (``kancelaria.interpellations.query.FILTERS``):
``year`` (default: the current year), ``councillor``, ``kind``, ``state``, ``q`` and, for
staff, ``department``; a bad one is a 400 naming it. ``filters`` in the answer says what
was counted. Counts only what the caller may see (anonymous callers: no ``registered``
items). The definitions are in ``kancelaria.interpellations.stats``.
"""

from kancelaria.interpellations import query
from kancelaria.interpellations import stats
from kancelaria.services import CaseService


class StatsGet(CaseService):
    def handle(self):
        filters = query.parse(self.request.form, names=query.FILTERS)
        data = stats.for_register(self.context, **filters)
        data["filters"] = {
            name: value
            for name, value in {**filters, "year": data["year"]}.items()
            if value is not None
        }
        data["@id"] = f"{self.context.absolute_url()}/@stats"
        return data
