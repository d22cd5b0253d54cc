"""ETag components of the anonymous pages (named in profiles/caching/registry.xml).

plone.app.caching keys its RAM cache on the URL and the ETag. Plone's own components change
when the catalog changes (an edit, a transition); these two add what they miss:

- ``kancelaria.minute``: the clock, in steps of ``kancelaria.caching.refresh_seconds``, so
  that what changes with the day ("today" in deadlines and statistics) reaches anonymous
  visitors within that time, and the generation of the office's settings
  (``kancelaria.caching.generation``, counted up by ``settings_changed`` whenever a record
  of ``kancelaria.*`` or the site's name or logo changes), so that the settings and the
  contact data reach them at once;
- ``kancelaria.accept``: HTML or JSON, since a page and its REST GET share one URL.
"""

from plone.app.caching.interfaces import IETagValue
from plone.registry.interfaces import IRegistry
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import Interface
from zope.interface import implementer

import time

#: Registry record: seconds within which a change outside the catalog reaches anonymous.
REFRESH_RECORD = "kancelaria.caching.refresh_seconds"
DEFAULT_REFRESH = 60
#: Registry record: counted up at every change of the records public pages show.
GENERATION_RECORD = "kancelaria.caching.generation"
#: The records (by prefix) whose change public pages show.
WATCHED = ("kancelaria.", "plone.site_title", "plone.site_logo")
#: The clock (a name of its own, so that a test can turn it).
now = time.time


def refresh_seconds():
    registry = queryUtility(IRegistry)
    seconds = registry.get(REFRESH_RECORD) if registry is not None else None
    return seconds if seconds and seconds > 0 else DEFAULT_REFRESH


@implementer(IETagValue)
@adapter(Interface, Interface)
class Minute:
    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        registry = queryUtility(IRegistry)
        generation = registry.get(GENERATION_RECORD, 0) if registry is not None else 0
        return f"{int(now() // refresh_seconds())}.{generation}"


def settings_changed(event):
    """A record the public pages show changed: the anonymous pages' ETags change with it."""
    name = event.record.__name__
    if name == GENERATION_RECORD or not name.startswith(WATCHED):
        return
    registry = queryUtility(IRegistry)
    if registry is not None and GENERATION_RECORD in registry.records:
        registry[GENERATION_RECORD] = (registry.get(GENERATION_RECORD) or 0) + 1


@implementer(IETagValue)
@adapter(Interface, Interface)
class Accept:
    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        accept = self.request.getHeader("Accept", "") or ""
        return "json" if "application/json" in accept else "html"
