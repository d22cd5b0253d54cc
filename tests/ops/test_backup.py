"""``make backup`` while the site serves, ``make restore`` into a fresh directory.

The restored storage must give back the case with its signature and the attachment with its
bytes; Data.fs alone (repozo without the blob copy) gives POSKeyError "No blob file".
"""

from contextlib import closing
from tests.ops.conftest import add_councillor
from tests.ops.conftest import admin_session
from tests.ops.conftest import interpellation
from tests.ops.conftest import make
from ZODB.POSException import POSKeyError

import base64
import os
import pytest
import subprocess
import sys
import ZODB
import ZODB.FileStorage

pytestmark = pytest.mark.ops


def open_site(var):
    """The Plone site in a restored var/ (FileStorage and blobs), opened read-only."""
    storage = ZODB.FileStorage.FileStorage(
        str(var / "filestorage" / "Data.fs"), blob_dir=str(var / "blobstorage"), read_only=True
    )
    db = ZODB.DB(storage)
    connection = db.open()
    return db, connection, connection.root()["Application"]["Plone"]


def read_back(var, case_id, file_id):
    db, connection, site = open_site(var)
    with closing(db), closing(connection):
        case = site["interpelacje"][case_id]
        return case.signature, case[file_id].file.data


def test_backup_while_serving_then_restore_elsewhere(instance, tmp_path):
    instance.start()
    site = f"{instance.base_url}/Plone"
    add_councillor(site)
    session = admin_session()
    response = session.post(f"{site}/interpelacje", json=interpellation("Oświetlenie"), timeout=60)
    assert response.status_code == 201, response.text
    case = response.json()
    scan = os.urandom(200_000)
    response = session.post(
        case["@id"],
        json={
            "@type": "File",
            "title": "Skan interpelacji",
            "file": {
                "data": base64.b64encode(scan).decode(),
                "encoding": "base64",
                "filename": "skan.pdf",
                "content-type": "application/pdf",
            },
        },
        timeout=60,
    )
    assert response.status_code == 201, response.text
    file_id = response.json()["id"]

    backup = make("backup", root=instance.root)
    assert backup.returncode == 0, backup.stdout + backup.stderr
    assert "Data.fs: full backup" in backup.stdout
    assert "Blobs: 1 new blob files" in backup.stdout  # the scan: the new site had none

    # The site is still running: restoring over it is refused, and says how to go on.
    refused = make("restore", root=instance.root)
    assert refused.returncode != 0
    assert "stop it first" in refused.stderr
    # It went on serving, unharmed.
    assert session.get(case["@id"], timeout=60).json()["signature"] == case["signature"]

    fresh = tmp_path / "fresh" / "var"
    restored = make("restore", f"TARGET={fresh}", root=instance.root)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Every blob the restored Data.fs references is in place." in restored.stdout
    assert read_back(fresh, case["id"], file_id) == (case["signature"], scan)

    # Data.fs alone, as repozo restores it: the case is there, its attachment is not.
    bare = tmp_path / "bare" / "var"
    (bare / "filestorage").mkdir(parents=True)
    repozo = [os.path.join(os.path.dirname(sys.executable), "repozo"), "--recover"]
    repository = instance.var / "backups" / "filestorage"
    repozo += ["-r", str(repository), "-o", str(bare / "filestorage" / "Data.fs")]
    subprocess.run(repozo, check=True)
    with pytest.raises(POSKeyError, match="No blob file"):
        read_back(bare, case["id"], file_id)

    # A blob copy that lacks a file is not restored silently.
    (blob,) = (instance.var / "backups" / "blobstorage").rglob("*.blob")
    blob.unlink()
    partial = make("restore", f"TARGET={tmp_path / 'partial' / 'var'}", root=instance.root)
    assert partial.returncode != 0
    assert "1 blob records have no file" in partial.stderr
