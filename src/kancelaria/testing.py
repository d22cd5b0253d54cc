"""Test layers: the add-on on a Plone site, with the staff of the office as test users.

``INTEGRATION_TESTING`` runs in-process; ``FUNCTIONAL_TESTING`` adds a real WSGI server
(waitress) with its own ZODB connections, for REST, concurrency, mail and browser tests.
"""

from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing.zope import WSGI_SERVER_FIXTURE

from plone.supermodel import model
from Products.CMFPlone.interfaces import ISelectableConstrainTypes

import kancelaria

class ITestCaseSchema(model.Schema):
    """The test-only case type: only the fields of its behaviors."""


PASSWORD = "secret-Kancelaria-1"

#: user id → groups. ``outsider`` is authenticated and in no group of the office.
USERS = {
    "clerk": ["kancelaria"],
    "mayor": ["prezydent"],
    "press": ["biuro-prasowe"],
    "woik": ["dept-woik"],
    "wksp": ["dept-wksp"],
    "outsider": [],
}


class KancelariaLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=kancelaria)
        self.loadZCML(package=kancelaria, name="testing.zcml")

    def setUpPloneSite(self, portal):
        applyProfile(portal, "kancelaria:default")
        applyProfile(portal, "kancelaria:testing")
        api.portal.set_registry_record("plone.email_from_address", "kancelaria@example.org")
        api.portal.set_registry_record("plone.email_from_name", "Kancelaria")
        api.portal.set_registry_record(
            "kancelaria.departments",
            [
                {"symbol": "WOIK", "title": "Wydział Organizacyjny, Informatyki i Kadr",
                 "email": "woik@example.org"},
                {"symbol": "WKSP", "title": "Wydział Kultury, Sportu i Promocji Miasta",
                 "email": "wksp@example.org"},
            ],
        )
        for user_id, groups in USERS.items():
            api.user.create(
                username=user_id, email=f"{user_id}@example.org", password=PASSWORD
            )
            for group in groups:
                api.group.add_user(groupname=group, username=user_id)
        letters = ISelectableConstrainTypes(portal["kancelaria"]["korespondencja"])
        with api.env.adopt_roles(["Manager"]):
            letters.setConstrainTypesMode(1)
            letters.setLocallyAllowedTypes(["KancelariaTestCase"])
            letters.setImmediatelyAddableTypes(["KancelariaTestCase"])
        setRoles(portal, TEST_USER_ID, ["Manager"])


FIXTURE = KancelariaLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="Kancelaria:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="Kancelaria:FunctionalTesting"
)
