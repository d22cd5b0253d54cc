"""``POST <interpellation>/@workflow/<transition>``: the standard service, plus the rules of
the interpellation workflow answered as a 400 that names the field."""

from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.interpellation import check_transition
from plone.restapi.deserializer import json_body
from plone.restapi.services.workflow.transition import WorkflowTransition

import transaction


class InterpellationTransition(WorkflowTransition):
    def reply(self):
        try:
            data = json_body(self.request)
        except Exception:  # noqa: BLE001 - the standard service reports a bad body
            data = {}
        try:
            check_transition(self.context, self.transition, (data or {}).get("comment", ""))
        except CaseInputError as error:
            transaction.doom()
            self.request.response.setStatus(400)
            return error.as_json(self.request)
        return super().reply()
