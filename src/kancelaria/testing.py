"""Test layers: the add-on on a Plone site, with the staff of the office as test users.

``INTEGRATION_TESTING`` runs in-process; ``FUNCTIONAL_TESTING`` adds a real WSGI server
(waitress) with its own ZODB connections, for REST, concurrency, mail and browser tests. The
server retries conflicts as production does: ``max-conflict-retries`` of etc/zope.conf.in.
"""

from email import message_from_bytes
from kancelaria import structure
from kancelaria.case.casetype import CaseType
from pathlib import Path
from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import TEST_USER_ID
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.app.testing import ploneSite
from plone.app.testing import setRoles
from plone.supermodel import model
from plone.testing import Layer
from plone.testing.zodb import stackDemoStorage
from plone.testing.zope import WSGIServer

import kancelaria
import re
import socket


class ITestCaseSchema(model.Schema):
    """The test-only case type: only the fields of its behaviors."""


#: The test-only type's declaration for the case core (registered in testing.zcml).
TEST_CASE_TYPE = CaseType(
    portal_type="KancelariaTestCase",
    register="kancelaria/korespondencja",
    routing_transition="forward",
    deadline_kind="letter",
    from_email=True,
)


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
        api.portal.set_registry_record("plone.portal_timezone", "Europe/Warsaw")
        api.portal.set_registry_record("plone.email_from_address", "kancelaria@example.org")
        api.portal.set_registry_record("plone.email_from_name", "Kancelaria")
        api.portal.set_registry_record(
            "kancelaria.departments",
            [
                {
                    "symbol": "WOIK",
                    "title": "Wydział Organizacyjny, Informatyki i Kadr",
                    "email": "woik@example.org",
                },
                {
                    "symbol": "WKSP",
                    "title": "Wydział Kultury, Sportu i Promocji Miasta",
                    "email": "wksp@example.org",
                },
            ],
        )
        api.portal.set_registry_record(
            "kancelaria.councillors",
            [
                {
                    "id": "jan-nowak",
                    "fullname": "Jan Nowak",
                    "club": "Klub Radnych Razem",
                    "email": "jan.nowak@example.org",
                },
                {
                    "id": "anna-kowalska",
                    "fullname": "Anna Kowalska",
                    "club": "",
                    "email": "anna.kowalska@example.org",
                },
            ],
        )
        for user_id, groups in USERS.items():
            api.user.create(username=user_id, email=f"{user_id}@example.org", password=PASSWORD)
            for group in groups:
                api.group.add_user(groupname=group, username=user_id)
        # The test type declares /kancelaria/korespondencja as its register.
        with api.env.adopt_roles(["Manager"]):
            structure.ensure_folders()
        setRoles(portal, TEST_USER_ID, ["Manager"])


FIXTURE = KancelariaLayer()


class SMTPSink:
    """aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "message": message_from_bytes(envelope.original_content or envelope.content),
            }
        )
        return "250 OK"


class SMTPSinkLayer(Layer):
    """A real SMTP server on 127.0.0.1; the site's MailHost talks to it."""

    defaultBases = (FIXTURE,)

    def setUp(self):
        from aiosmtpd.controller import Controller

        sink = SMTPSink()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.controller = Controller(sink, hostname="127.0.0.1", port=port)
        self.controller.start()
        self["smtp"] = sink
        self["zodbDB"] = stackDemoStorage(self.get("zodbDB"), name="SMTPSink")
        with ploneSite():
            api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
            api.portal.set_registry_record("plone.smtp_port", port)

    def tearDown(self):
        self.controller.stop()
        self["zodbDB"].close()
        del self["zodbDB"]
        del self["smtp"]


SMTP_FIXTURE = SMTPSinkLayer()

#: The configuration ``make start`` and ``make bench`` serve with.
ZOPE_CONF_IN = Path(__file__).resolve().parents[2] / "etc" / "zope.conf.in"


def conflict_retries(path=ZOPE_CONF_IN):
    """``max-conflict-retries`` of the product's zope.conf (Zope's default is 3)."""
    match = re.search(r"(?m)^\s*max-conflict-retries\s+(\d+)\s*$", path.read_text())
    return int(match.group(1)) if match else 3


class KancelariaWSGIServer(WSGIServer):
    """plone.testing's waitress server, retrying conflicts as the product's server does."""

    def _get_zope_conf(self, dir):
        path = super()._get_zope_conf(dir)
        with open(path, "a") as zope_conf:
            zope_conf.write(f"max-conflict-retries {conflict_retries()}\n")
        return path


WSGI_SERVER_FIXTURE = KancelariaWSGIServer()

INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="Kancelaria:IntegrationTesting")
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(SMTP_FIXTURE, WSGI_SERVER_FIXTURE), name="Kancelaria:FunctionalTesting"
)
