"""A real instance, as ``make start`` makes it: FileStorage and blobs on disk, runwsgi.

``site_template`` builds the site once per session with ``scripts/create_site.py`` under
``zconsole`` (as ``make site`` does) in a temporary directory, starting from the root user
folder buildout leaves (``user = admin:admin``: Zope's own user folder holding the admin,
from an ``inituser`` file) with another password to set; ``instance`` gives each test a copy
of it in a directory of its own (``instance.root``, the data in ``root/var``), rendered from
the project's templates by ``scripts/instance.py``, and stops its server afterwards.
"""

from pathlib import Path
from scripts.instance import Instance

import pytest
import requests
import shutil
import subprocess
import sys

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ADMIN = ("admin", "Kancelaria-ops-1")
COUNCILLOR = {"id": "jan-nowak", "fullname": "Jan Nowak", "club": "", "email": ""}


def pytest_runtest_setup(item):
    """These tests drive ``make`` and the venv's runwsgi, zconsole and repozo: they need the
    venv of ``make install`` (buildout's ``bin/test`` has none of them)."""
    if not (BIN / "runwsgi").exists() or not (REPO / ".venv" / "bin" / "python").exists():
        pytest.skip("tests/ops need the venv of `make install` (run them with `make test`)")


@pytest.fixture(scope="session")
def site_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    (root / "var").mkdir()
    (root / "var" / "inituser").write_text(f"{ADMIN[0]}:buildout-password\n")
    env = {"ADMIN_USER": ADMIN[0], "ADMIN_PASSWORD": ADMIN[1], "SITE_ID": "Plone", "DEMO": "0"}
    Instance(root).zconsole(REPO / "scripts" / "create_site.py", env=env)
    return root / "var"


@pytest.fixture
def instance(site_template, tmp_path):
    shutil.copytree(site_template, tmp_path / "var", ignore=shutil.ignore_patterns("*.lock"))
    inst = Instance(tmp_path)
    try:
        yield inst
    finally:
        inst.stop()


def admin_session():
    session = requests.Session()
    session.auth = ADMIN
    session.headers["Accept"] = "application/json"
    return session


def add_councillor(site_url):
    response = admin_session().patch(
        f"{site_url}/@controlpanels/kancelaria", json={"councillors": [COUNCILLOR]}, timeout=60
    )
    assert response.status_code == 204, response.text


def interpellation(title):
    return {
        "@type": "Interpellation",
        "title": title,
        "kind": "interpellation",
        "councillor": COUNCILLOR["id"],
        "text": {"data": f"<p>{title}?</p>", "content-type": "text/html"},
    }


def make(*args, root):
    """``make ARGS ROOT=root`` in the checkout, as a person runs it (the venv is up to date:
    ``-o`` keeps make from reinstalling it in the middle of a test)."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", *args, f"ROOT={root}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
