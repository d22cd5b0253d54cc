"""Locks: short, and the office can always break them.

Plone locks an item while someone edits it (the Classic UI edit form, REST ``POST @lock``).
A lock nobody releases keeps everyone else out until it expires, so here:

- no lock lives longer than ``MAX_LOCK_SECONDS`` (15 minutes; Plone's own edit lock is 10),
  whatever timeout a client asks for;
- the office — whoever has ``kancelaria: Route case`` on the item: the clerks on an open case,
  administrators — breaks any lock another person holds, a "non-stealable" one too, from the
  REST API (``DELETE @lock {"force": true}``) or Plone's "Unlock" button. Everyone else keeps
  Plone's rule: whoever may edit may take over a stealable lock, nobody else's.

The adapter replaces plone.locking's for every item with the locking behavior.
"""

from plone import api
from plone.locking.interfaces import STEALABLE_LOCK
from plone.locking.interfaces import INonStealableLock
from plone.locking.lockable import TTWLockable
from zope.interface import noLongerProvides

#: The longest a lock lives, in seconds.
MAX_LOCK_SECONDS = 15 * 60

#: Who breaks any lock: the office.
BREAK_LOCKS = "kancelaria: Route case"


def may_break_locks(obj):
    return api.user.has_permission(BREAK_LOCKS, obj=obj)


def cap_locks(obj):
    """Shorten every lock on ``obj`` to at most ``MAX_LOCK_SECONDS`` from now."""
    for lock in obj.wl_lockValues():
        if lock.getTimeout() > MAX_LOCK_SECONDS:
            lock.setTimeout(f"Second-{MAX_LOCK_SECONDS}")


class Lockable(TTWLockable):
    def lock(self, lock_type=STEALABLE_LOCK, children=False):
        super().lock(lock_type, children)
        cap_locks(self.context)

    def stealable(self, lock_type=STEALABLE_LOCK):
        return super().stealable(lock_type) or may_break_locks(self.context)

    def unlock(self, lock_type=STEALABLE_LOCK, stealable_only=True):
        if (
            self.locked()
            and not self.can_safely_unlock(lock_type)
            and may_break_locks(self.context)
        ):
            # The office breaks what another holds, whatever its kind.
            self.clear_locks()
        else:
            super().unlock(lock_type, stealable_only)
        if not self.locked() and INonStealableLock.providedBy(self.context):
            noLongerProvides(self.context, INonStealableLock)
