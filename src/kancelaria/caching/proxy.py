"""Varnish in front (etc/varnish.vcl.in, ``make start-proxy``): what Plone purges there.

plone.cachepurging sends ``PURGE <path>`` to every address in ``cachingProxies`` when a
purged type (``purgedContentTypes``, profiles/caching/registry.xml) is edited, moved,
removed or changes state. Its paths (plone.app.caching's ``ContentPurgePaths``) are the
item's own; ``ListingPurgePaths`` adds the pages that list it: its parent (a section such
as /aktualnosci, a register such as /interpelacje) and the home page.

The proxy's address is the start command's (``CACHING_PROXY``, set by ``make start-proxy``
and cleared by ``make start``; ``kancelaria.scripts.site.ensure_site`` calls
``set_caching_proxy`` at every start), so the registry always names the proxy that is in
front now, or none.
"""

from Acquisition import aq_parent
from plone import api
from plone.app.caching.utils import getObjectDefaultView
from plone.dexterity.interfaces import IDexterityContent
from z3c.caching.interfaces import IPurgePaths
from zope.component import adapter
from zope.interface import implementer

PROXIES = "plone.cachepurging.interfaces.ICachePurgingSettings.cachingProxies"


def set_caching_proxy(url):
    """The proxy Plone purges: ``url`` (``http://host:port``), or none when empty."""
    proxies = (url.rstrip("/"),) if url else ()
    if tuple(api.portal.get_registry_record(PROXIES) or ()) != proxies:
        api.portal.set_registry_record(PROXIES, proxies)
    return proxies


def page_paths(obj):
    """The addresses a page of ``obj`` is asked by: with and without a slash, its view."""
    prefix = "/" + obj.virtual_url_path()
    paths = [prefix, prefix + "/", prefix + "/view"]
    view = getObjectDefaultView(obj)
    if view:
        paths.append(f"{prefix}/{view}")
    return paths


@implementer(IPurgePaths)
@adapter(IDexterityContent)
class ListingPurgePaths:
    """The listings that show an item: its parent's page and the home page."""

    def __init__(self, context):
        self.context = context

    def getRelativePaths(self):
        paths = []
        for obj in (aq_parent(self.context), api.portal.get()):
            if obj is not None and hasattr(obj, "virtual_url_path"):
                paths += [p for p in page_paths(obj) if p not in paths]
        return paths

    def getAbsolutePaths(self):
        return []
