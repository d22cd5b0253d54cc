"""``GET /biuletyn/@bulletin?year=2026``: the archive by year, as the caller may see it."""

from kancelaria.bulletin import archive
from kancelaria.services import CaseService


class BulletinGet(CaseService):
    def handle(self):
        year = archive.year_param(self.request.form.get("year"))
        groups = archive.issues(self.context, year)
        return {
            "@id": f"{self.context.absolute_url()}/@bulletin",
            "year": year,
            "years": archive.years(self.context),
            "items_total": sum(len(brains) for _y, brains in groups),
            "groups": [
                {"year": y, "items": [archive.describe(b) for b in brains]} for y, brains in groups
            ],
        }
