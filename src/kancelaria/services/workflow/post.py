"""``POST <case>/@workflow/<transition>``: plone.restapi's transition, for every case type,
in the order a caller is owed answers:

1. the transition must exist in the case's workflow (400 naming ``transition``);
2. the caller must be allowed to make it (401 for a visitor, 403 for a user) — before
   anything about the case's fields is said, so a refusal tells a visitor nothing;
3. it must be available in the current state (400 naming ``transition``);
4. the body must be an object with a text ``comment`` (400 naming ``body``/``comment``);
5. the rules the type declares (``CaseType.transition_checks``: an answer to submit, a
   comment to return it) — 400 naming the field.

Only then does the standard service run the transition. Every refusal writes nothing.
"""

from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.case.errors import text_param
from kancelaria.services import read_json_object
from kancelaria.services import refuse
from plone import api
from plone.restapi.services.workflow.transition import WorkflowTransition
from zExceptions import Forbidden

import transaction


def _find(obj, transition_id):
    """``(workflow, transition, current state)`` of ``transition_id`` for ``obj``."""
    for workflow in api.portal.get_tool("portal_workflow").getWorkflowsFor(obj):
        transition = workflow.transitions.get(transition_id)
        if transition is not None:
            return workflow, transition, workflow._getWorkflowStateOf(obj)
    return None, None, None


def _allowed(obj, transition):
    """The guard's permissions and roles (an expression is a rule of the fields, checked
    after the permission by the type's declared checks)."""
    guard = transition.getGuard()
    security = getSecurityManager()
    if guard.permissions and not any(
        security.checkPermission(permission, obj) for permission in guard.permissions
    ):
        return False
    if guard.roles:
        roles = set(security.getUser().getRolesInContext(obj))
        if not roles & set(guard.roles):
            return False
    return True


class CaseTransition(WorkflowTransition):
    def reply(self):
        try:
            self.check()
        except CaseInputError as error:
            return refuse(self.request, error)
        result = super().reply()
        if self.request.response.getStatus() >= 400:
            transaction.doom()
        return result

    def check(self):
        obj = self.context
        workflow, transition, state = _find(obj, self.transition or "")
        if transition is None:
            raise CaseInputError(
                "transition",
                _(
                    "error_transition_unknown",
                    default="'${transition}' is not a transition of this case's workflow.",
                    mapping={"transition": str(self.transition or "")[:80]},
                ),
            )
        if not _allowed(obj, transition):
            refused = Unauthorized if api.user.is_anonymous() else Forbidden
            raise refused(f"You may not make the transition '{transition.getId()}' here.")
        if state is None or transition.getId() not in state.transitions:
            raise CaseInputError(
                "transition",
                _(
                    "error_transition_unavailable",
                    default="'${transition}' cannot be made in the state “${state}”.",
                    mapping={
                        "transition": transition.getId(),
                        "state": api.portal.translate(state.title, domain="plone")
                        if state is not None
                        else "",
                    },
                ),
            )
        data = read_json_object(self.request)
        comment = text_param(data.get("comment"), "comment")
        declared = casetype.of(obj)
        if declared is not None:
            declared.check_transition(obj, transition.getId(), comment)
