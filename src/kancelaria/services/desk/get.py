"""``GET /kancelaria/@desk`` — the caller's work queues (the same as the desk page).

``{"queues": [{"id", "title", "count", "items": [{"@id", "UID", "signature", "title",
"@type", "review_state", "deadline", "days_left", "departments", "note"}]}]}``; ``items``
lists the first ``b_size`` (default 20, at most 100) by deadline, ``count`` all of them;
``note`` is the line the desk shows under an item (the mayor's comment on a returned
answer), else ``null``.
"""

from kancelaria.case import desk
from kancelaria.case import params
from kancelaria.services import CaseService
from zope.i18n import translate


class DeskGet(CaseService):
    def handle(self):
        size = params.integer(self.request.form, "b_size", desk.ITEMS, minimum=1, maximum=100)
        queues = []
        for queue in desk.desk(items=size):
            for item in queue["items"]:
                item["deadline"] = item["deadline"].isoformat() if item["deadline"] else None
            queues.append(
                {
                    "id": queue["id"],
                    "title": translate(queue["title"], context=self.request),
                    "count": queue["count"],
                    "items": queue["items"],
                }
            )
        return {"@id": f"{self.context.absolute_url()}/@desk", "queues": queues}
