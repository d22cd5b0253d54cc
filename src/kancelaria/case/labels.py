"""Labels of a case for listings: the translated title of its workflow state."""

from kancelaria import _
from plone import api
from zope.i18n import translate


def state_title(state, portal_type, request):
    """The title of ``state`` in the workflow of ``portal_type``, translated (the
    add-on's catalogue first, then Plone's, where the workflows' titles are)."""
    if not isinstance(state, str) or not state:
        return ""  # an item without a workflow (a file lying in a register)
    wf_tool = api.portal.get_tool("portal_workflow")
    title = state
    for workflow_id in wf_tool.getChainForPortalType(portal_type):
        workflow = wf_tool.getWorkflowById(workflow_id)
        definition = workflow.states.get(state) if workflow is not None else None
        if definition is not None:
            title = definition.title or state
            break
    label = translate(_(title), context=request)
    if label == title:
        label = translate(title, domain="plone", context=request)
    return label
