"""A released profile, as a GenericSetup profile of its own: ``profile_<version>.tar.gz`` is
``src/kancelaria/profiles/default`` as released at that version (``git archive``)."""

from contextlib import contextmanager
from pathlib import Path
from Products.GenericSetup import EXTENSION
from Products.GenericSetup.registry import _profile_registry

import re
import tarfile

HERE = Path(__file__).parent


@contextmanager
def released_profile(version, directory):
    """Unpack the profile of ``version`` into ``directory`` and register it for the block;
    yields its id for ``runImportStepFromProfile``."""
    with tarfile.open(HERE / f"profile_{version}.tar.gz") as archive:
        archive.extractall(directory, filter="data")
    name = f"v{version}"
    _profile_registry.registerProfile(
        name, f"Kancelaria {version}", "", str(directory), "kancelaria", EXTENSION
    )
    try:
        yield f"profile-kancelaria:{name}"
    finally:
        _profile_registry.unregisterProfile(name, "kancelaria")


def current_version():
    """The profile version this checkout installs (``metadata.xml``)."""
    metadata = HERE.parents[1] / "src" / "kancelaria" / "profiles" / "default" / "metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)
