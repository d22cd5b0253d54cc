"""Create the Plone site with Kancelaria installed, unless it is there already.

Run inside Zope: ``zconsole run var/etc/zope.conf scripts/create_site.py`` (``make site``;
buildout's ``bin/instance run scripts/create_site.py``). Idempotent: a second run only makes
sure the admin login and the add-on are in place. ``make start`` does the same inside its
server (``kancelaria.scripts.site``, where the environment variables are described).
"""

from kancelaria.scripts.site import ensure_site
from Testing.makerequest import makerequest

ensure_site(makerequest(globals()["app"]))  # noqa: F821 - zconsole provides ``app``
