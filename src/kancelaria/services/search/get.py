"""``GET @search``: plone.restapi's search, its query answered by ``remembered.search``.

The same query, parameters, security and serialization as plone.restapi's (its
``SearchHandler`` does everything); only the catalog it asks remembers each answer (the
record ids of the asked page and the count) until the catalog changes, for the current
user's rights: other systems that poll the same search get it without the catalog paying,
for every query, for sets as large as the whole site.
"""

from kancelaria.case import remembered
from plone.restapi.search.handler import SearchHandler
from plone.restapi.search.utils import unflatten_dotted_dict
from plone.restapi.services.search.get import SearchGet


class RememberingCatalog:
    """``portal_catalog`` for ``SearchHandler``: ``searchResults`` through ``remembered``,
    everything else the catalog's own."""

    def __init__(self, catalog):
        self._catalog = catalog

    def searchResults(self, query=None, **kw):
        return remembered.search({**(query or {}), **kw})

    __call__ = searchResults

    def __getattr__(self, name):
        return getattr(self._catalog, name)


class RememberingSearchHandler(SearchHandler):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.catalog = RememberingCatalog(self.catalog)


class RememberedSearchGet(SearchGet):
    def reply(self):
        query = unflatten_dotted_dict(self.request.form.copy())
        return RememberingSearchHandler(self.context, self.request).search(query)
