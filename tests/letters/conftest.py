"""Fixtures of the letters tests."""

from tests.fuzz.conftest import fuzz  # noqa: F401
