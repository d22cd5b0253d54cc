"""The interpellation fixtures of ``tests/interpellations``, for the search tests."""

from tests.interpellations.conftest import finterpellation  # noqa: F401
from tests.interpellations.conftest import interpellation  # noqa: F401
