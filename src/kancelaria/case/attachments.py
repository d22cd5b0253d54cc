"""Files inside a case that the public must not see yet: an interpellation's before its
answer is approved, a meeting's before its minutes are, a patronage application's always.
Withheld, a file is seen by the given roles only (its own permissions, not acquired); released,
it follows its case again."""

#: What withholding a file takes away from everyone but the given roles.
ATTACHMENT_PERMISSIONS = ("View", "Access contents information")

#: The staff's roles, and the department's that works on the case.
STAFF_ROLES = (
    "Manager",
    "Site Administrator",
    "Owner",
    "Reader",
    "Editor",
    "Contributor",
    "Clerk",
    "Approver",
    "DepartmentWorker",
)


def withhold(obj, roles=STAFF_ROLES):
    """Only ``roles`` see ``obj``."""
    for permission in ATTACHMENT_PERMISSIONS:
        obj.manage_permission(permission, list(roles), acquire=False)
    obj.reindexObjectSecurity()


def release(container, skip=()):
    """The files in ``container`` (but the portal types in ``skip``) follow it again."""
    for child in container.objectValues():
        if getattr(child, "portal_type", None) in skip:
            continue
        for permission in ATTACHMENT_PERMISSIONS:
            child.manage_permission(permission, [], acquire=True)
        child.reindexObjectSecurity()
