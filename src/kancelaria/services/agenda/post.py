"""``POST <meeting>/@agenda-from-directives`` — the review of the open directives of the
earlier meetings appended to a planned meeting's agenda (``kancelaria.followup.agenda``).

Answer: ``{"@id", "added": [signatures], "agenda": [rows]}``; run again it adds nothing
new (``"added": []``). A meeting not planned: 400 naming ``review_state``; a department:
401/403.
"""

from kancelaria.followup import agenda
from kancelaria.services import CaseService


class AgendaFromDirectivesPost(CaseService):
    def handle(self):
        added = agenda.pull(self.context, self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@agenda-from-directives",
            "added": added,
            "agenda": [
                {key: row.get(key) or "" for key in ("number", "topic", "presenter")}
                for row in self.context.agenda or ()
            ],
        }
