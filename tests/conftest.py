"""Fixtures shared by every test: the layers, the users, a case factory, an HTTP client."""

from contextlib import contextmanager
from kancelaria.testing import FUNCTIONAL_TESTING
from kancelaria.testing import INTEGRATION_TESTING
from kancelaria.testing import PASSWORD
from plone import api
from pytest_plone import fixtures_factory

import os
import pytest
import requests
import transaction

os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture(autouse=True)
def fresh_ram_cache():
    """Each test makes its users anew (the same ids, other names): what the RAM cache kept
    of an earlier test's users (the names in publication records, five minutes) goes."""
    from plone.memoize.ram import global_cache

    global_cache.invalidateAll()


@pytest.fixture
def letters(portal):
    return portal["kancelaria"]["korespondencja"]


@pytest.fixture
def make_case(portal):
    """Create a test case in the correspondence register as the site owner."""

    def make(title="Pismo w sprawie", container=None, **fields):
        container = container or portal["kancelaria"]["korespondencja"]
        with api.env.adopt_roles(["Manager"]):
            return api.content.create(
                container=container, type="KancelariaTestCase", title=title, **fields
            )

    return make


class Client:
    """A REST client against the layer's real WSGI server, logged in as one user."""

    def __init__(self, base, user=None):
        self.base = base
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        if user:
            self.session.auth = (user, PASSWORD)

    def url(self, path):
        return path if path.startswith("http") else f"{self.base}/{path.lstrip('/')}"

    def get(self, path, **kw):
        return self.session.get(self.url(path), timeout=60, **kw)

    def post(self, path, json=None, **kw):
        return self.session.post(self.url(path), json=json, timeout=60, **kw)

    def patch(self, path, json=None, **kw):
        return self.session.patch(self.url(path), json=json, timeout=60, **kw)


@pytest.fixture
def portal_url(functional):
    return f"http://{functional['host']}:{functional['port']}/plone"


@pytest.fixture
def client(portal_url):
    """``client("clerk")`` — a REST session as that test user (``None``: anonymous)."""

    def make(user=None):
        if user == "admin":
            from plone.app.testing import SITE_OWNER_NAME
            from plone.app.testing import SITE_OWNER_PASSWORD

            c = Client(portal_url)
            c.session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
            return c
        return Client(portal_url, user)

    return make


@pytest.fixture
def commit():
    return transaction.commit


@pytest.fixture
def smtp(functional):
    """The messages the real SMTP sink received during this test."""
    sink = functional["smtp"]
    sink.messages.clear()
    return sink.messages


@pytest.fixture
def fportal(functional):
    return functional["portal"]


@pytest.fixture
def fcase(fportal):
    """``fcase(title)`` — a committed test case the server can see."""

    def make(title="Pismo w sprawie", **fields):
        with api.env.adopt_roles(["Manager"]):
            obj = api.content.create(
                container=fportal["kancelaria"]["korespondencja"],
                type="KancelariaTestCase",
                title=title,
                **fields,
            )
        transaction.commit()
        return obj

    return make


@pytest.fixture
def own_connection(functional):
    """``with own_connection() as portal:`` in a thread of a test's own: the thread's own ZODB
    connection to the functional layer's database, the site set and its owner logged in, as
    in a Zope request thread. The thread commits with ``transaction.commit()``; whatever it
    leaves uncommitted is aborted."""
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.SecurityManagement import noSecurityManager
    from plone.app.testing import SITE_OWNER_NAME
    from Testing.makerequest import makerequest
    from zope.component.hooks import setSite
    from zope.globalrequest import clearRequest
    from zope.globalrequest import setRequest

    @contextmanager
    def connect():
        connection = functional["zodbDB"].open()  # on this thread's transaction manager
        transaction.begin()  # this transaction's view of the database starts here
        try:
            app = makerequest(connection.root()["Application"])
            setRequest(app.REQUEST)
            portal = app["plone"]
            setSite(portal)
            users = app.acl_users
            newSecurityManager(None, users.getUser(SITE_OWNER_NAME).__of__(users))
            yield portal
        finally:
            transaction.abort()
            setSite(None)
            noSecurityManager()
            clearRequest()
            connection.close()

    return connect
