"""What an existing site needs beyond ``updateRoleMappings()`` when the access rules change.

``portal_workflow.updateRoleMappings()`` rewrites the permissions of every object that has a
workflow and reindexes the security of those objects only. What has no workflow of its own (a
File or an Image) takes View from its container, so its entry in the catalog keeps the roles
of the old rules until its container's subtree is reindexed.
"""

from plone import api

#: The state of a register that only the office sees.
INTERNAL = "internal"


def reindex_internal_registers():
    """Reindex the security of everything under the internal registers (idempotent).

    Call it after ``updateRoleMappings()`` (the upgrade step 1001 → 1002): an internal
    register no longer gives View to ``CaseWorker``, so files lying in it must leave the
    departments' search results. Returns the paths reindexed.
    """
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Register", review_state=INTERNAL)
    paths = sorted(brain.getPath() for brain in brains)
    done = []
    for path in paths:
        if any(path.startswith(parent + "/") for parent in done):
            continue  # its internal parent's reindex covered it
        catalog.unrestrictedTraverse(path).reindexObjectSecurity()
        done.append(path)
    return done
