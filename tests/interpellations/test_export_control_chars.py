"""A subject with control characters (stored before input refused them, or written by a
script) never breaks the export: not for anonymous visitors, not for the office."""

from io import BytesIO
from kancelaria import clock
from tests.interpellations import register_data
from tests.interpellations.test_export import download
from tests.interpellations.test_export import read_csv

import openpyxl
import pytest
import transaction

DIRTY = "Ulica\x00 Polna\x0b i\x1f rynek\x7f"


@pytest.fixture
def dirty(fportal):
    today = clock.today()
    with_nul = register_data.make(fportal["interpelacje"], "Czysta", "forwarded", today, today)
    # As a script or an old version could have stored it: past every form and the API.
    with_nul.title = DIRTY
    with_nul.reindexObject()
    transaction.commit()
    return fportal["interpelacje"]


@pytest.mark.parametrize("user", [None, "clerk"])
def test_xlsx_with_control_characters(dirty, user):
    response = download(dirty, user, format="xlsx")
    assert response.status_code == 200, response.text[:300]
    sheet = openpyxl.load_workbook(BytesIO(response.content)).active
    assert sheet["C2"].value == "Ulica Polna i rynek"


def test_csv_with_control_characters(dirty):
    response = download(dirty, format="csv")
    assert response.status_code == 200
    assert read_csv(response)[1][2] == "Ulica Polna i rynek"
