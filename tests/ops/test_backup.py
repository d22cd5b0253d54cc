"""``make backup`` while the site serves, ``make restore`` into a fresh directory.

The restored storage must give back each case with its signature and its attachment with its
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
import time
import ZODB
import ZODB.FileStorage

pytestmark = pytest.mark.ops


def register_with_scan(site, title):
    """An interpellation with a scanned PDF in it: (case id, signature, file id, bytes)."""
    session = admin_session()
    response = session.post(f"{site}/interpelacje", json=interpellation(title), timeout=60)
    assert response.status_code == 201, response.text
    case = response.json()
    scan = os.urandom(200_000)
    attachment = {
        "data": base64.b64encode(scan).decode(),
        "encoding": "base64",
        "filename": "skan.pdf",
        "content-type": "application/pdf",
    }
    response = session.post(
        case["@id"], json={"@type": "File", "title": "Skan", "file": attachment}, timeout=60
    )
    assert response.status_code == 201, response.text
    return case["id"], case["signature"], response.json()["id"], scan


def read_back(var, case_id, file_id):
    """(signature, attachment bytes) from a restored var/ (FileStorage and blobs), read-only;
    None when the case is not there."""
    storage = ZODB.FileStorage.FileStorage(
        str(var / "filestorage" / "Data.fs"), blob_dir=str(var / "blobstorage"), read_only=True
    )
    db = ZODB.DB(storage)
    with closing(db), closing(db.open()) as connection:
        register = connection.root()["Application"]["Plone"]["interpelacje"]
        if case_id not in register:
            return None
        case = register[case_id]
        return case.signature, case[file_id].file.data


def test_backup_while_serving_then_restore_elsewhere(instance, tmp_path):
    instance.start()
    site = f"{instance.base_url}/Plone"
    add_councillor(site)
    first_id, first_signature, first_file, first_scan = register_with_scan(site, "Oświetlenie")

    backup = make("backup", root=instance.root)
    assert backup.returncode == 0, backup.stdout + backup.stderr
    assert "Data.fs: full backup" in backup.stdout
    assert "Blobs: 1 new blob files" in backup.stdout  # the scan: the new site had none
    repository = instance.var / "backups" / "filestorage"
    (full,) = [name.removesuffix(".fs") for name in os.listdir(repository) if name.endswith(".fs")]

    time.sleep(1)  # repozo names its files by the second
    second_id, second_signature, second_file, second_scan = register_with_scan(site, "Chodnik")
    backup = make("backup", root=instance.root)
    assert backup.returncode == 0, backup.stdout + backup.stderr
    assert "Data.fs: incremental backup" in backup.stdout
    assert "Blobs: 1 new blob files" in backup.stdout

    # The site is still running: restoring over it is refused, and says how to go on.
    refused = make("restore", root=instance.root)
    assert refused.returncode != 0
    assert "stop it first" in refused.stderr
    # It went on serving, unharmed.
    assert admin_session().get(f"{site}/interpelacje/{first_id}", timeout=60).status_code == 200

    fresh = tmp_path / "fresh" / "var"
    restored = make("restore", f"TARGET={fresh}", root=instance.root)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "and 2 blob files" in restored.stdout
    assert "Every blob the restored Data.fs references is in place." in restored.stdout
    assert read_back(fresh, first_id, first_file) == (first_signature, first_scan)
    assert read_back(fresh, second_id, second_file) == (second_signature, second_scan)

    # As of the first backup: the first case and its scan, nothing of the second.
    then = tmp_path / "then" / "var"
    restored = make("restore", f"DATE={full}", f"TARGET={then}", root=instance.root)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "and 1 blob files" in restored.stdout
    assert read_back(then, first_id, first_file) == (first_signature, first_scan)
    assert read_back(then, second_id, second_file) is None

    # Back into the site's own place, once it is stopped: only with FORCE=1, which keeps the
    # present data aside.
    instance.stop()
    refused = make("restore", root=instance.root)
    assert refused.returncode != 0
    assert "FORCE=1" in refused.stderr
    restored = make("restore", "FORCE=1", root=instance.root)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    (aside,) = (instance.var / "filestorage").glob("Data.fs.before-restore-*")
    assert aside.stat().st_size > 0
    assert read_back(instance.var, second_id, second_file) == (second_signature, second_scan)

    # Data.fs alone, as repozo restores it: the cases are there, their attachments are not.
    bare = tmp_path / "bare" / "var"
    (bare / "filestorage").mkdir(parents=True)
    repozo = [os.path.join(os.path.dirname(sys.executable), "repozo"), "--recover"]
    repozo += ["-r", str(repository), "-o", str(bare / "filestorage" / "Data.fs")]
    subprocess.run(repozo, check=True, capture_output=True)
    with pytest.raises(POSKeyError, match="No blob file"):
        read_back(bare, first_id, first_file)

    # A blob copy that lacks a file is not restored silently.
    blobs = sorted((instance.var / "backups" / "blobstorage").rglob("*.blob"))
    blobs[0].unlink()
    partial = make("restore", f"TARGET={tmp_path / 'partial' / 'var'}", root=instance.root)
    assert partial.returncode != 0
    assert "1 blob records have no file" in partial.stderr
