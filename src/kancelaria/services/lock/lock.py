"""``POST @lock`` and ``DELETE @lock`` on lockable items: plone.restapi's services, with a
timeout that is checked and capped, and a ``force`` that either breaks the lock or says why
not (see ``kancelaria.case.locking``)."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.case.locking import MAX_LOCK_SECONDS
from kancelaria.services import CaseService
from plone.locking.interfaces import ILockable
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services.locking import add
from plone.restapi.services.locking import lock_info
from zope.interface import alsoProvides

import json


def lock_timeout(value):
    """Seconds the lock asked for, at most ``MAX_LOCK_SECONDS``."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise CaseInputError(
            "timeout",
            _(
                "error_lock_timeout",
                default="give the lock's lifetime as a whole number of seconds above 0.",
            ),
        )
    return min(value, MAX_LOCK_SECONDS)


class LockPost(CaseService, add.Lock):
    """Lock: ``{"timeout": seconds, "stealable": bool}``, both optional."""

    def handle(self):
        data = self.body()
        if "timeout" in data:
            data["timeout"] = lock_timeout(data["timeout"])
            self.request.set("BODY", json.dumps(data).encode("utf-8"))
        lockable = ILockable(self.context, None)
        if lockable is not None and lockable.locked() and not lockable.can_safely_unlock():
            # Another's lock: plone.restapi would set its timeout; it stays as it is.
            return lock_info(self.context)
        return add.Lock.reply(self)


class LockDelete(CaseService):
    """Unlock: the holder always; ``{"force": true}`` whoever may take the lock over (the
    office always); anyone else is refused (403), the lock kept."""

    def handle(self):
        data = self.body()
        lockable = ILockable(self.context, None)
        if lockable is None or not lockable.locked():
            return lock_info(self.context)
        if lockable.can_safely_unlock() or (data.get("force") and lockable.stealable()):
            lockable.unlock()
            alsoProvides(self.request, IDisableCSRFProtection)
            return lock_info(self.context)
        holder = {"user": lock_info(self.context).get("creator_name", "")}
        if lockable.stealable():
            message = _(
                "error_lock_held_force",
                default="${user} holds the lock; send force to take it over.",
                mapping=holder,
            )
        else:
            message = _(
                "error_lock_held",
                default="${user} holds the lock; only the office may break it.",
                mapping=holder,
            )
        self.request.response.setStatus(403)
        return {
            "error": {
                "type": "Forbidden",
                "message": self.context.translate(message, context=self.request),
            }
        }
