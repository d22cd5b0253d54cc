"""Create the Plone site with Kancelaria installed, unless it is there already.

Run inside Zope: ``zconsole run var/etc/zope.conf scripts/create_site.py``. Idempotent:
a second run only makes sure the admin login and the add-on are in place.

Environment: ADMIN_USER, ADMIN_PASSWORD, SITE_ID (Plone), SITE_LANGUAGE (pl), DEMO (0/1):
with DEMO=1 the demo profile ``kancelaria:demo`` is applied once (demo users' password from
DEMO_PASSWORD, default ``demo``).
"""

from AccessControl.SecurityManagement import newSecurityManager
from Acquisition import aq_base
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import transaction

ADMIN_USER = os.environ.get("ADMIN_USER", "admin")
ADMIN_PASSWORD = os.environ.get("ADMIN_PASSWORD", "admin")
SITE_ID = os.environ.get("SITE_ID", "Plone")
LANGUAGE = os.environ.get("SITE_LANGUAGE", "pl")

app = makerequest(globals()["app"])  # noqa: F821 - zconsole provides ``app``


def ensure_admin():
    """The admin login: created, or its password set to the one given. Run again after the
    first site is made: that replaces the root user folder (with the admin just added).

    Two kinds of root user folder meet here: Zope's own (``OFS.userfolder.UserFolder``, in
    a fresh instance, or holding the admin already where buildout's ``user = admin:admin``
    put it) and the PAS that the first Plone site puts in its place, whose users live in its
    ``users`` plugin."""
    users = app.acl_users
    if users.getUserById(ADMIN_USER) is None:
        users._doAddUser(ADMIN_USER, ADMIN_PASSWORD, ["Manager"], [])
        print(f"Created the Zope admin {ADMIN_USER!r}.")
    elif getattr(aq_base(users), "users", None) is not None:
        users.users.updateUserPassword(ADMIN_USER, ADMIN_PASSWORD)
    else:
        users._doChangeUser(ADMIN_USER, ADMIN_PASSWORD, ["Manager"], [])
    newSecurityManager(None, users.getUserById(ADMIN_USER))


ensure_admin()
if SITE_ID not in app.objectIds():
    from plone.distribution.api import site as site_api

    site = site_api.create(
        app,
        "classic",
        {
            "site_id": SITE_ID,
            "title": "Kancelaria Prezydenta Miasta",
            "description": "Urząd Miejski — Kancelaria Prezydenta Miasta",
            "default_language": LANGUAGE,
            "portal_timezone": "Europe/Warsaw",
            "setup_content": False,
        },
    )
    print(f"Created the site {SITE_ID!r} ({LANGUAGE}).")
ensure_admin()
site = app[SITE_ID]
setSite(site)

from plone.base.utils import get_installer  # noqa: E402

installer = get_installer(site, site.REQUEST)
if not installer.is_product_installed("kancelaria"):
    installer.install_product("kancelaria")
    print("Installed kancelaria:default.")
elif installer.upgrade_info("kancelaria").get("required"):
    # New code on an existing site: run its upgrade steps (1000 → 1001 …).
    installer.upgrade_product("kancelaria")
    print(
        "Upgraded kancelaria:default to", installer.upgrade_info("kancelaria")["installedVersion"]
    )
transaction.commit()

# DEMO=1: example departments, councillors, demo users, interpellations and news.
if os.environ.get("DEMO", "0").strip().lower() in ("1", "true", "yes", "on"):
    from kancelaria import demo

    if not installer.is_profile_installed(demo.PROFILE_ID):
        site.portal_setup.runAllImportStepsFromProfile(f"profile-{demo.PROFILE_ID}")
        transaction.commit()
        print(f"Installed {demo.PROFILE_ID}.")
    else:
        print(f"{demo.PROFILE_ID} is installed already.")
        print(demo.describe_logins())
print(f"Site ready: /{SITE_ID}. Admin login: {ADMIN_USER} / {ADMIN_PASSWORD}")
