"""What the tests of both registers' windowed pages (``kancelaria.case.window``) compare a
page with: the register sorted whole, as the catalog sorts it without a page."""

from plone import api


def signatures(brains):
    return [brain.signature for brain in brains]


def whole_sort(catalog_query, register, filters):
    """The signatures of ``register`` filtered by ``filters`` (the register's own
    ``catalog_query``), in the catalog's whole sort."""
    catalog = api.portal.get_tool("portal_catalog")
    return signatures(catalog.searchResults(**catalog_query(register, filters)))
