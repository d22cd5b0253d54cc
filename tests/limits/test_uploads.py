"""Attachments that come past the forms and the JSON body: ``@tus-upload`` (resumable
uploads of plone.restapi). The subscribers of the case core refuse them too."""

from base64 import b64encode
from kancelaria.testing import PASSWORD

import pytest
import requests
import transaction


@pytest.fixture(autouse=True)
def tus_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TUS_TMP_FILE_DIR", str(tmp_path))


def tus_upload(container, filename, data):
    auth = ("clerk", PASSWORD)
    metadata = ",".join(
        f"{key} {b64encode(value.encode()).decode()}"
        for key, value in (("filename", filename), ("content-type", "application/pdf"))
    )
    started = requests.post(
        container.absolute_url() + "/@tus-upload",
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Upload-Metadata": metadata,
            "Accept": "application/json",
        },
        auth=auth,
        timeout=60,
    )
    assert started.status_code == 201, started.text
    return requests.patch(
        started.headers["Location"],
        data=data,
        headers={
            "Tus-Resumable": "1.0.0",
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": "0",
            "Accept": "application/json",
        },
        auth=auth,
        timeout=60,
    )


def test_tus_upload_of_a_refused_type(finterpellation):
    obj = finterpellation("forwarded")
    response = tus_upload(obj, "wirus.exe", b"MZ" * 100)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == "file"
    transaction.begin()
    assert obj.objectIds() == []


def test_tus_upload_too_large(finterpellation, set_limit):
    obj = finterpellation("forwarded")
    set_limit("max_attachment_mb", 1)
    response = tus_upload(obj, "skan.pdf", b"%" * (1024 * 1024 + 1))
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == "file"
    transaction.begin()
    assert obj.objectIds() == []


def test_tus_upload_that_fits(finterpellation):
    obj = finterpellation("forwarded")
    response = tus_upload(obj, "skan.pdf", b"%PDF-1.4 skan")
    assert response.status_code == 204, response.text
    transaction.begin()
    assert len(obj.objectIds()) == 1
