"""Upgrade 1008, the caching proxy's part: purge on change (kancelaria.caching.proxy).

Reimports kancelaria:caching as the 1006 step did: plone.cachepurging on, the product's
public types added to ``purgedContentTypes`` (types the office added stay). Safe to run
twice; the proxy's address stays the start command's."""

from kancelaria.caching import set_up_caching


def update():
    set_up_caching()
