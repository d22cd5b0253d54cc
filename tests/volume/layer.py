"""The generated site the tests here share: the generator runs once, in the layer."""

from kancelaria.testing import FIXTURE
from plone import api
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer

#: Items the layer generates, over ``YEARS`` years.
ITEMS = 300
YEARS = 3


class GeneratedLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        from kancelaria.volume.generator import generate

        with api.env.adopt_user(username="admin"):
            self["made"], _seconds = generate(portal, ITEMS, YEARS, seed=7, show=False)


GENERATED_FIXTURE = GeneratedLayer()
GENERATED_TESTING = IntegrationTesting(bases=(GENERATED_FIXTURE,), name="Kancelaria:Generated")
