"""The office's groups: made on install, a department's group when the department is added.

Removing a department from the settings never deletes its group: the cases routed to it keep
their history and their access.
"""

from kancelaria import _
from kancelaria import settings
from plone import api
from zope.i18n import translate

#: id → title of the groups every installation has (CONTRACT.md).
STAFF_GROUPS = {
    "kancelaria": _("group_kancelaria", default="Office of the Mayor (clerks)"),
    "prezydent": _("group_prezydent", default="Mayor and deputies"),
    "biuro-prasowe": _("group_biuro_prasowe", default="Press office"),
}


def _title(message):
    return translate(message, target_language=api.portal.get_default_language())


def ensure_group(group_id, title, email=""):
    group = api.group.get(groupname=group_id)
    if group is None:
        group = api.group.create(groupname=group_id, title=title)
    else:
        props = {}
        if group.getProperty("title") != title:
            props["title"] = title
        if email and group.getProperty("email") != email:
            props["email"] = email
        if props:
            group.setGroupProperties(props)
        return group
    if email:
        group.setGroupProperties({"email": email})
    return group


def ensure_staff_groups():
    for group_id, title in STAFF_GROUPS.items():
        ensure_group(group_id, _title(title))


def ensure_department_groups(rows=None):
    """A group ``dept-<symbol>`` for every department of the settings; none removed."""
    rows = settings.get("departments", []) if rows is None else rows
    made = []
    for row in rows:
        group_id = settings.group_id(row["symbol"])
        ensure_group(group_id, f"{row['symbol']} — {row['title']}", row.get("email") or "")
        made.append(group_id)
    return made
