"""One generated site for every test here (``layer.GENERATED_TESTING``)."""

from pytest_plone import fixtures_factory
from tests.volume.layer import GENERATED_TESTING

globals().update(fixtures_factory(((GENERATED_TESTING, "volume"),)))
