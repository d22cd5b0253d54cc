"""The lines of text the desk shows under a queue's item (the mayor's comment on a
returned answer), and the members of private queues, kept beside the catalog: a case's UID
→ ``{queue id: text}`` (an empty text: a member without a note).

Not a catalog column: every column is readable by whoever finds the case (``@search`` with
``metadata_fields``), and a public case (a forwarded interpellation) is found by anyone,
while a return comment belongs to the case history (``kancelaria: View case history``).
The notes are written with the queue membership (``desk.queues_of``, called by the
``desk_queues`` indexer) and read by UID for the lines the desk shows: no case is loaded.
"""

from BTrees.OOBTree import OOBTree
from plone import api
from plone.uuid.interfaces import IUUID
from zope.annotation.interfaces import IAnnotations

KEY = "kancelaria.desk.notes"


def _store(create=False):
    annotations = IAnnotations(api.portal.get())
    store = annotations.get(KEY)
    if store is None and create:
        store = annotations[KEY] = OOBTree()
    return store


def keep(uid, notes):
    """Set the notes of one case (``{}``: none); writes only when they changed."""
    if not uid:
        return
    store = _store(create=bool(notes))
    if store is None:
        return
    if not notes:
        if uid in store:
            del store[uid]
    elif store.get(uid) != notes:
        store[uid] = dict(notes)


def members(queue_id):
    """The UIDs kept with ``queue_id`` (a private queue's members: few, e.g. the answers
    returned and not yet answered again)."""
    store = _store()
    if store is None:
        return []
    return [uid for uid, kept in store.items() if queue_id in kept]


def read(uids):
    """``{uid: {queue id: text}}`` of the cases among ``uids`` that have notes."""
    store = _store()
    if store is None:
        return {}
    return {uid: store[uid] for uid in uids if uid in store}


def forget(obj, event=None):
    """Subscriber: a deleted case takes its notes with it (not when the whole site goes)."""
    try:
        api.portal.get()
    except api.exc.CannotGetPortalError:
        return
    keep(IUUID(obj, None), {})
