"""``POST <directive>/@progress {"note": "…", "percent": 40}`` → 201 with the row: its
date (Warsaw's today) and author (the caller's full name) are the server's."""

from kancelaria.services import CaseService
from kancelaria.workflows import directive
from plone import api


class ProgressPost(CaseService):
    def handle(self):
        data = self.body()
        row = directive.add_progress(self.context, data.get("note"), data.get("percent"))
        self.request.response.setStatus(201)
        return {
            "@id": f"{self.context.absolute_url()}/@progress",
            "row": {**row, "date": row["date"].isoformat()},
            "rows": len(self.context.progress),
            "review_state": api.content.get_state(self.context, default=None),
        }
