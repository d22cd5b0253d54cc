"""What the ``zconsole run`` set-up scripts share: the admin login and a new site.

The scripts get ``app`` from zconsole and pass it in; the benchmark's instance puts this
folder on their ``PYTHONPATH``.
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from zope.component.hooks import setSite


def login_admin(app, admin, password):
    """After the first site exists: creating it turns the root user folder into a PAS
    (Products.PlonePAS), dropping a user added before in the same transaction."""
    users = app.acl_users
    if users.getUserById(admin) is None:
        users._doAddUser(admin, password, ["Manager"], [])
    newSecurityManager(None, users.getUserById(admin).__of__(users))


def create_site(app, site_id, title, admin, password):
    """A classic Plone site in Polish, Warsaw's time, styled at 127.0.0.1 where the
    benchmarks serve it (kancelaria:default empties Plone's list of unthemed hosts; a stock
    site gets the same). No sender address: the site sends no e-mail unless given one."""
    from plone.distribution.api import site as site_api

    answers = {
        "site_id": site_id,
        "title": title,
        "description": title,
        "default_language": "pl",
        "portal_timezone": "Europe/Warsaw",
        "setup_content": False,
    }
    site = site_api.create(app, "classic", answers)
    login_admin(app, admin, password)
    setSite(site)
    api.portal.set_registry_record(
        "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist", []
    )
    return site


def keep_out_of_navigation(portal_type):
    """As Kancelaria does with its case types: the listed items stay out of the navigation
    by type, so neither side's navigation fetches 10,000 brains."""
    displayed = api.portal.get_registry_record("plone.displayed_types")
    api.portal.set_registry_record(
        "plone.displayed_types", tuple(t for t in displayed if t != portal_type)
    )
