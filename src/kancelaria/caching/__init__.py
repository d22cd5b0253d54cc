"""The public site's caching: plone.app.caching's rules, nothing private ever cached.

The rules (which page type is cached how) are registry records of the hidden profile
``kancelaria:caching`` (profiles/caching/registry.xml), a dependency of kancelaria:default;
the views of the add-on are mapped to rules in configure.zcml. ``private.py`` makes every
response to a logged-in user uncacheable whatever the rule; ``etags.py`` adds the ETag
components that keep the anonymous RAM cache right (the minute, HTML or JSON);
``wsgi.py`` compresses responses on the wire (etc/zope.ini.in).
"""

from plone import api

#: The profile holding the rules (registry records only).
PROFILE = "profile-kancelaria:caching"


def set_up_caching():
    """Upgrade 1006: install plone.app.caching and the rules; idempotent.

    The office's later changes to other caching records stay: only the records of
    kancelaria:caching are (re)written."""
    setup = api.portal.get_tool("portal_setup")
    if setup.getLastVersionForProfile("plone.app.caching:default") == "unknown":
        setup.runAllImportStepsFromProfile("profile-plone.app.caching:default")
    setup.runAllImportStepsFromProfile(PROFILE)
