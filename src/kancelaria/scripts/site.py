"""The site ``make start`` serves: created with Kancelaria installed, or brought up to date.

Two ways in, one logic (``ensure_site``):

- ``make site``, and buildout's ``bin/instance run scripts/create_site.py``: the script
  ``scripts/create_site.py`` runs it under ``zconsole``;
- ``make start``: the server itself runs it once its database is open and before it listens
  (``make_app``, the ``[app:zope]`` factory of ``etc/zope.ini.in`` with ``ensure_site = true``),
  so a first start loads Zope once instead of twice.

Environment: ADMIN_USER, ADMIN_PASSWORD, SITE_ID (Plone), SITE_LANGUAGE (pl), DEMO (0/1):
with DEMO=1 the demo profile ``kancelaria:demo`` is applied once (demo users' password from
DEMO_PASSWORD, default ``demo``); CACHING_PROXY (``http://host:port``, set by ``make
start-proxy``): the caching proxy the site purges, none when empty (``make start``).
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SecurityManagement import noSecurityManager
from AccessControl.SpecialUsers import system
from Acquisition import aq_base
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import clearRequest
from zope.globalrequest import setRequest

import os
import transaction

TRUE = ("1", "true", "yes", "on")


def ensure_admin(app, user, password):
    """The admin login: created, or its password set to the one given. Run again after the
    first site is made: that replaces the root user folder (with the admin just added).

    Two kinds of root user folder meet here: Zope's own (``OFS.userfolder.UserFolder``, in
    a fresh instance, or holding the admin already where buildout's ``user = admin:admin``
    put it) and the PAS that the first Plone site puts in its place, whose users live in its
    ``users`` plugin."""
    users = app.acl_users
    if users.getUserById(user) is None:
        users._doAddUser(user, password, ["Manager"], [])
        print(f"Created the Zope admin {user!r}.")
    elif getattr(aq_base(users), "users", None) is not None:
        users.users.updateUserPassword(user, password)
    else:
        users._doChangeUser(user, password, ["Manager"], [])
    newSecurityManager(None, users.getUserById(user))


def ensure_site(app, environ=os.environ):
    """Create the site with Kancelaria (or run its pending upgrades), and the demo content
    when asked; commit. ``app`` carries a request (``makerequest``)."""
    user = environ.get("ADMIN_USER", "admin")
    password = environ.get("ADMIN_PASSWORD", "admin")
    site_id = environ.get("SITE_ID", "Plone")
    language = environ.get("SITE_LANGUAGE", "pl")

    ensure_admin(app, user, password)
    if site_id not in app.objectIds():
        from plone.distribution.api import site as site_api

        site_api.create(
            app,
            "classic",
            {
                "site_id": site_id,
                "title": "Kancelaria Prezydenta Miasta",
                "description": "Urząd Miejski — Kancelaria Prezydenta Miasta",
                "default_language": language,
                "portal_timezone": "Europe/Warsaw",
                "setup_content": False,
            },
        )
        print(f"Created the site {site_id!r} ({language}).")
    ensure_admin(app, user, password)
    site = app[site_id]
    setSite(site)

    from plone.base.utils import get_installer

    installer = get_installer(site, site.REQUEST)
    if not installer.is_product_installed("kancelaria"):
        installer.install_product("kancelaria")
        print("Installed kancelaria:default.")
    elif installer.upgrade_info("kancelaria").get("required"):
        # New code on an existing site: run its upgrade steps (1000 → 1001 …).
        installer.upgrade_product("kancelaria")
        version = installer.upgrade_info("kancelaria")["installedVersion"]
        print("Upgraded kancelaria:default to", version)
    from kancelaria.caching.proxy import set_caching_proxy

    if set_caching_proxy(environ.get("CACHING_PROXY", "")):
        print(f"Purging the caching proxy {environ['CACHING_PROXY']}.")
    transaction.commit()

    if environ.get("DEMO", "0").strip().lower() in TRUE:
        from kancelaria import demo

        if not installer.is_profile_installed(demo.PROFILE_ID):
            site.portal_setup.runAllImportStepsFromProfile(f"profile-{demo.PROFILE_ID}")
            transaction.commit()
            print(f"Installed {demo.PROFILE_ID}.")
        else:
            print(f"{demo.PROFILE_ID} is installed already.")
            print(demo.describe_logins())
    print(f"Site ready: /{site_id}. Admin login: {user} / {password}", flush=True)


def make_app(global_config, zope_conf, **local_conf):
    """Zope's WSGI application (``egg:Zope#main``); with ``ensure_site = true`` the site is
    made ready in this process before the server listens."""
    from Zope2.Startup.run import make_wsgi_app

    import Zope2

    application = make_wsgi_app(global_config, zope_conf)
    if local_conf.get("ensure_site", "false").strip().lower() in TRUE:
        app = makerequest(Zope2.app())
        app.REQUEST["PARENTS"] = [app]
        setRequest(app.REQUEST)
        newSecurityManager(None, system)
        try:
            ensure_site(app)
        except BaseException:
            transaction.abort()
            raise
        finally:
            noSecurityManager()
            setSite(None)
            clearRequest()
            app._p_jar.close()
    return application
