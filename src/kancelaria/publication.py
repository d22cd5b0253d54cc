"""The publication record (metryczka, DOMAIN.md rule 7) of every public page, written once.

What a visitor reads under a published page — a news item, a document, an event, a file, a
folder's page, an interpellation, any Dexterity type a later part adds: the publishing body
(the portal's title), who produced the content and when, who published it and when (the
real time of each publishing transition, from the workflow history), when it was last
changed, and the change register (``kancelaria.case.changelog``: who changed which fields
and when, the publications; never a note).

Shown where visitors may look (anonymous users have ``View``), never in the internal area
(``/kancelaria``) but for what it publishes to the site (a gallery: ``IPublicEntry``),
never on the home page. A type names its publishing transitions in its
declaration (``CaseType.publications``: “Question published”, “Answer approved and
published”); any other publishing transition is “Published”.
"""

from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_chain
from Acquisition import aq_inner
from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case import changelog
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.dexterity.interfaces import IDexterityContent
from plone.memoize import ram
from zope.i18n import translate
from zope.interface import Interface

import time

#: The internal area: its pages never carry a publication record.
INTERNAL = "kancelaria"

#: A publishing transition without a name of its own.
PUBLISHED = _("Published")


def _fullname_key(_func, user_id):
    """One lookup per person, site and five minutes: a user lookup goes through every PAS
    plugin (it was a fifth of a public interpellation page's time, 3-6 lookups a page)."""
    return ("/".join(api.portal.get().getPhysicalPath()), user_id, int(time.time() // 300))


@ram.cache(_fullname_key)
def _cached_fullname(user_id):
    user = api.user.get(userid=user_id)
    return (user and user.getProperty("fullname")) or user_id


def fullname(user_id):
    """The name the office shows for a member of staff (the user's full name; a change of
    name shows within five minutes)."""
    return _cached_fullname(user_id) if user_id else ""


def is_public(obj):
    """Whether anonymous visitors may view ``obj``."""
    return "Anonymous" in rolesForPermissionOn("View", obj)


class IPublicEntry(Interface):
    """An entry of the internal area that is published to the site (a gallery): its page
    and the pages of what it holds carry the record while visitors may see them."""


def is_internal(obj):
    """In the internal area, and not in an entry of it published to the site."""
    portal_path = api.portal.get().getPhysicalPath()
    path = obj.getPhysicalPath()[len(portal_path) :]
    if not path or path[0] != INTERNAL:
        return False
    return not any(IPublicEntry.providedBy(item) for item in aq_chain(aq_inner(obj)))


def shown(obj):
    """Whether ``obj``'s page carries the publication record."""
    if not IDexterityContent.providedBy(obj) or IPloneSiteRoot.providedBy(obj):
        return False
    return is_public(obj) and not is_internal(obj)


def labels(obj):
    declaration = casetype.of(obj)
    return dict(getattr(declaration, "publications", None) or {})


def record(obj, request):
    """The record as ``obj``'s page shows it to the current user::

    {"body", "produced_by", "produced_on", "modified_on",
     "publications": [{"action", "label", "who", "time"}],   # oldest first
     "changes": [{"time", "who", "what"}]}                   # newest first
    """
    names = labels(obj)
    entries = changelog.public_entries(obj, labels=names, default=PUBLISHED)
    latest = {}
    for entry in reversed(entries):  # oldest first: the last of each action wins
        if entry["label"] is not None:
            latest[entry["action"]] = entry
    publications = [
        {
            "action": action,
            "label": translate(entry["label"], context=request),
            "who": fullname(entry["actor"]),
            "time": entry["time"],
        }
        for action, entry in sorted(latest.items(), key=lambda item: item[1]["time"])
    ]
    return {
        "body": api.portal.get().Title(),
        "produced_by": fullname(obj.Creator()),
        "produced_on": obj.created(),
        "modified_on": obj.modified(),
        "publications": publications,
        "changes": [_change(entry, request) for entry in entries],
    }


def _change(entry, request):
    if entry["label"] is not None:
        what = translate(entry["label"], context=request)
    else:
        titles = ", ".join(translate(title, context=request) for title in entry["fields"])
        what = translate(
            _("changed_fields", default="Changed: ${fields}", mapping={"fields": titles}),
            context=request,
        )
    return {"time": entry["time"], "who": fullname(entry["actor"]), "what": what}
