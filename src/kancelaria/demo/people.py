"""The office of the demo: its departments and councillors (settings), and its people."""

from kancelaria import settings
from kancelaria.demo.data import COUNCILLORS
from kancelaria.demo.data import DEPARTMENTS
from kancelaria.demo.data import OFFICE_DOMAIN
from kancelaria.demo.data import USERS
from kancelaria.demo.data import password
from plone import api

import secrets


def merge_rows(current, wanted, key):
    """The office's rows first, as they are (an empty e-mail filled in), then the new ones."""
    rows = [dict(row) for row in current or ()]
    known = {row.get(key): row for row in rows}
    for row in wanted:
        existing = known.get(row[key])
        if existing is None:
            rows.append(dict(row))
        elif not existing.get("email") and row.get("email"):
            existing["email"] = row["email"]
    return rows


def ensure_settings():
    from kancelaria import structure

    for name, wanted, key in (
        ("departments", DEPARTMENTS, "symbol"),
        ("councillors", COUNCILLORS, "id"),
    ):
        record = f"{settings.PREFIX}.{name}"
        current = api.portal.get_registry_record(record, default=None) or []
        merged = merge_rows(current, wanted, key)
        if merged != [dict(row) for row in current]:
            api.portal.set_registry_record(record, merged)
    structure.department_groups_changed(None)


def ensure_users():
    """One demo person per group; the password is (re)set to the demo password."""
    acl_users = api.portal.get_tool("acl_users")
    secret = password()
    for spec in USERS:
        user = api.user.get(username=spec["id"])
        if user is None:
            # Plone's password policy wants 8 characters; the demo password is set below.
            user = api.user.create(
                username=spec["id"],
                email=f"{spec['id']}@{OFFICE_DOMAIN}",
                password=secrets.token_urlsafe(16),
                properties={"fullname": spec["fullname"]},
            )
        acl_users.userSetPassword(spec["id"], secret)
        groups = {g.getId() for g in api.group.get_groups(user=user)}
        if spec["group"] not in groups:
            api.group.add_user(groupname=spec["group"], username=spec["id"])
