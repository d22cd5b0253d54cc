"""The change register (rejestr zmian, DOMAIN.md rule 7): who changed which fields of a case
and when, and when it was published — never a note anybody wrote.

Every edit that names the fields it changed (an edit form, REST ``PATCH``: an
``IObjectModifiedEvent`` with descriptions) goes to the case history as an ``edit_fields``
entry with the names of the fields, so the full history (staff) lists the edits too. The
public register is drawn from the case history:

- the edits, with only the fields the reader may read (edits of a draft answer stay with
  the staff until the answer is public);
- what the office changes without the edit form: routing (departments), the deadline;
- the transitions that publish something, i.e. after which anonymous visitors may do what
  they could not before (the question published, the answer approved and published).

Comments, reasons and change notes stay in the full history; the register never shows them.
"""

from kancelaria.case import history
from kancelaria.case.subscribers import _changed as changed_names
from plone import api
from plone.autoform.interfaces import READ_PERMISSIONS_KEY
from plone.dexterity.utils import iterSchemata
from plone.supermodel.utils import mergedTaggedValueDict
from zope.component import queryUtility
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.schema import getFieldsInOrder
from zope.security.interfaces import IPermission

#: The case history's action for an edit of fields.
EDIT = "edit_fields"

#: Actions of the case core that change fields without the edit form → those fields.
ACTION_FIELDS = {
    "route": ("departments",),
    "change_deadline": ("deadline",),
    "recompute_deadline": ("deadline",),
    "change_receipt": ("received_date", "deadline"),
}


#: Form fields that carry a note, not data of the case (plone.versioning's change note).
NOTES = {"changeNote"}


def fields(obj):
    """name → (title, title of the permission needed to read it or ``None``), in the
    order of the type's schemata."""
    result = {}
    for schema in iterSchemata(obj):
        read = mergedTaggedValueDict(schema, READ_PERMISSIONS_KEY)
        for name, field in getFieldsInOrder(schema):
            if name in result:
                continue
            permission = queryUtility(IPermission, name=read[name]) if name in read else None
            result[name] = (field.title, permission.title if permission else None)
    return result


def record_edit(obj, event):
    """Subscriber: an edit that names its fields goes to the case history."""
    names = {name for name in changed_names(event) if name not in NOTES}
    if not names:
        return
    known = fields(obj)
    language = api.portal.get_default_language()
    titles = [translate(known[n][0], target_language=language) for n in known if n in names]
    history.record(obj, EDIT, comment=", ".join(titles), kancelaria_fields=sorted(names))


def _anonymous_permissions(workflow, state_id):
    state = workflow.states.get(state_id) if state_id else None
    roles = (state.permission_roles or {}) if state is not None else {}
    return {permission for permission, who in roles.items() if "Anonymous" in who}


def _publishes(workflow, entry, previous_state):
    """A transition after which anonymous visitors may do more than before."""
    action = entry.get("action")
    if workflow is None or not action or action not in workflow.transitions:
        return False
    before = _anonymous_permissions(workflow, previous_state)
    return bool(_anonymous_permissions(workflow, entry.get("review_state")) - before)


def _label(workflow, action, labels, default):
    if action in labels:
        return labels[action]
    if default is not None:
        return default
    return Message(workflow.transitions[action].title or action, domain="plone")


def public_entries(obj, labels=None, default=None):
    """The change register of ``obj`` as the current user may read it, newest first:
    ``{"time", "actor", "fields": [field titles], "label": a publication's name or None}``.

    ``labels`` names the type's publishing transitions (transition id → message); the
    others are named ``default``, or by their title in the workflow."""
    labels = labels or {}
    known = fields(obj)
    readable = {
        name
        for name, (_title, permission) in known.items()
        if permission is None or api.user.has_permission(permission, obj=obj)
    }
    workflows = api.portal.get_tool("portal_workflow").getWorkflowsFor(obj)
    workflow = workflows[0] if workflows else None
    result = []
    previous_state = None
    for entry in history.entries(obj):
        action = entry.get("action")
        if _publishes(workflow, entry, previous_state):
            result.append(_entry(entry, [], _label(workflow, action, labels, default)))
        elif action == EDIT or action in ACTION_FIELDS:
            names = ACTION_FIELDS.get(action) or entry.get("kancelaria_fields") or ()
            shown = [
                known[name][0]
                for name in known
                if name in names and name in readable and name not in NOTES
            ]
            if shown:
                result.append(_entry(entry, shown, None))
        previous_state = entry.get("review_state") or previous_state
    return list(reversed(result))


def _entry(entry, field_titles, label):
    return {
        "action": entry.get("action"),
        "time": entry.get("time"),
        "actor": entry.get("actor"),
        "fields": field_titles,
        "label": label,
    }
