"""The case history (metryka sprawy), kept where Plone keeps it: the workflow history.

Actions that do not change the state (routing again, a new deadline) are appended as entries
of their own, so Plone's History viewlet and ``@history`` show every action on the case in
one list: date, person, action, comment.
"""

from DateTime import DateTime
from plone import api

#: Keys of the data an entry records of its own (``kancelaria_departments`` …).
DATA_PREFIX = "kancelaria_"


def record(obj, action, comment="", **data):
    """Append one entry to the case history; the review state stays as it is.

    ``data`` (keys starting ``kancelaria_``) belongs to this entry only."""
    wf_tool = api.portal.get_tool("portal_workflow")
    chain = wf_tool.getChainFor(obj)
    if not chain:
        return None
    wf_id = chain[0]
    # The state as it is; what an earlier entry recorded of its own stays with it.
    status = wf_tool.getStatusOf(wf_id, obj) or {}
    entry = {key: value for key, value in status.items() if not key.startswith(DATA_PREFIX)}
    entry.update(
        {
            "action": action,
            "actor": api.user.get_current().getId(),
            "comments": comment,
            "time": DateTime(),
        }
    )
    entry.update(data)
    wf_tool.setStatusOf(wf_id, obj, entry)
    return entry


def entries(obj):
    """Every history entry of the case, oldest first."""
    history = getattr(obj, "workflow_history", {}) or {}
    merged = [entry for chain_entries in history.values() for entry in chain_entries]
    return sorted(merged, key=lambda entry: entry.get("time") or DateTime(0))


def last(obj, action):
    """The last entry of ``action`` in the case history (``None``: there is none)."""
    for entry in reversed(entries(obj)):
        if entry.get("action") == action:
            return entry
    return None
