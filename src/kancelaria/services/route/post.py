"""``POST <case>/@route`` — route a case to departments."""

from kancelaria.case import routing
from kancelaria.services import CaseService
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class RoutePost(CaseService):
    def handle(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        data = self.body()
        symbols = routing.route(self.context, data.get("departments"), data.get("comment", ""))
        return {
            "@id": f"{self.context.absolute_url()}/@route",
            "signature": self.context.signature,
            "departments": symbols,
            "review_state": self._state(),
        }

    def _state(self):
        from plone import api

        return api.content.get_state(self.context, default=None)
