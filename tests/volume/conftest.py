"""One generated site for every test here (``layer.GENERATED_TESTING``).

Not kept for the session like the other layers: its database is stacked on the shared
fixture's, so every layer would see the generated items until it is torn down, after the
tests of this directory."""

from pytest_plone import fixtures_factory
from tests.volume.layer import GENERATED_TESTING

globals().update(fixtures_factory(((GENERATED_TESTING, "volume"),), keep_session=False))
