"""``POST <case>/@route`` — route a case to departments."""

from kancelaria.case import routing
from kancelaria.services import CaseService
from plone import api


class RoutePost(CaseService):
    def handle(self):
        data = self.body()
        symbols = routing.route(self.context, data.get("departments"), data.get("comment"))
        return {
            "@id": f"{self.context.absolute_url()}/@route",
            "signature": self.context.signature,
            "departments": symbols,
            "review_state": api.content.get_state(self.context, default=None),
        }
