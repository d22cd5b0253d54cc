"""``GET /media/@media?kind=broadcast|research&year=&medium=&state=&b_start=``: the
archive as the caller may see it (visitors: the published items; staff may pass
``state``), 50 a page, with links to the next and previous pages."""

from kancelaria.media import archive
from kancelaria.services import CaseService
from kancelaria.services import batched


class MediaGet(CaseService):
    def handle(self):
        p = archive.params(self.context, self.request.form)
        total, brains = archive.search(self.context, p)
        given = {
            name: p[name] for name in ("kind", "year", "medium", "state") if p[name] is not None
        }
        return batched(
            f"{self.context.absolute_url()}/@media",
            given,
            [archive.describe(b) for b in brains],
            total,
            p["b_start"],
            archive.PAGE,
            years=archive.years(self.context),
        )
