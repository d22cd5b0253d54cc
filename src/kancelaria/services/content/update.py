"""``PATCH <case>``: the day of receipt, once registered, changes with a reason (as with
``@deadline``); every other field as plone.restapi sets it, after the core's checks."""

from kancelaria.case import ownership
from kancelaria.case import registration
from kancelaria.services import read_json_object
from kancelaria.services.content import answer
from kancelaria.services.deadline.post import parse_date
from plone.dexterity.utils import iterSchemata
from plone.restapi.services.content.update import ContentPatch

import json


class CasePatch(ContentPatch):
    def reply(self):
        return answer(self, self._reply)

    def _reply(self):
        context = self.context
        data = read_json_object(self.request)
        ownership.check_body(context, iterSchemata(context), data, case=context)
        if "received_date" in data and getattr(context, "signature", None):
            received = parse_date(data.pop("received_date"), "received_date")
            registration.change_receipt(context, received, data.pop("reason", None))
            # The rest of the body goes to the standard service.
            self.request.set("BODY", json.dumps(data).encode("utf-8"))
        return super().reply()
