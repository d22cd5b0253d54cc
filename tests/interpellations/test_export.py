"""``@@interpellations-export``: CSV and XLSX of the filtered register."""

from io import BytesIO
from kancelaria import clock
from kancelaria.interpellations import export
from kancelaria.testing import PASSWORD
from tests.interpellations import register_data

import csv
import openpyxl
import requests


def download(register, user=None, **params):
    return requests.get(
        f"{register.absolute_url()}/@@interpellations-export",
        params=params,
        auth=(user, PASSWORD) if user else None,
        timeout=60,
    )


def read_csv(response):
    assert response.content.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(response.content.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_csv_anonymous(register):
    year = clock.today().year
    response = download(register, format="csv", year=year)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="interpelacje-{year}.csv"'
    )
    header, *body = read_csv(response)
    assert len(header) == 10
    assert len(body) == 7  # no registered item for anonymous
    by_title = {row[2]: row for row in body}
    assert set(by_title) == {
        "Parking przy dworcu",
        "Wycofana sprawa",
        "Zieleń na rynku",
        "Ścieżka rowerowa",
        "Żłobek miejski",
        "Remont szkoły nr 3",
        "Oświetlenie ulicy Polnej",
    }
    walk = by_title["Ścieżka rowerowa"]
    assert walk[0].startswith("KPM.0003.") and walk[0].endswith(f".{year}")
    assert walk[1] in ("Councillor's motion", "Wniosek radnego")
    assert walk[3] == "Anna Kowalska"
    assert walk[7] == register["sciezka-rowerowa"].answer_date.isoformat()
    assert walk[9] == register["sciezka-rowerowa"].absolute_url()
    assert by_title["Zieleń na rynku"][8] in ("yes", "tak")
    assert by_title["Żłobek miejski"][8] in ("no", "nie")
    assert by_title["Zieleń na rynku"][7] == ""
    text = response.content.decode("utf-8-sig")
    assert register_data.DRAFT not in text and register_data.PUBLIC not in text


def test_csv_clerk_and_filters(register):
    header, *body = read_csv(download(register, "clerk"))
    assert len(body) == 8
    assert "Hałas przy estakadzie" in [row[2] for row in body]
    response = download(register, "clerk", state="answered", kind="inquiry")
    assert response.headers["Content-Disposition"] == 'attachment; filename="interpelacje.csv"'
    assert [row[2] for row in read_csv(response)[1:]] == ["Żłobek miejski", "Remont szkoły nr 3"]


def test_xlsx(register):
    year = clock.today().year
    response = download(register, format="xlsx", year=year)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == export.CONTENT_TYPES["xlsx"]
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="interpelacje-{year}.xlsx"'
    )
    sheet = openpyxl.load_workbook(BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    header, body = values[0], values[1:]
    assert len(header) == 10 and all(header)
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width == 60
    assert len(body) == 7
    by_title = {row[2]: row for row in body}
    nursery = by_title["Żłobek miejski"]
    obj = register["zlobek-miejski"]
    # Dates are real dates (openpyxl reads them back as datetimes at midnight).
    assert nursery[4].date() == obj.received_date
    assert nursery[5].date() == obj.deadline
    assert nursery[7].date() == obj.answer_date
    assert by_title["Parking przy dworcu"][7] is None
    assert nursery[9] == obj.absolute_url()
    cells = [str(v) for row in values for v in row if v is not None]
    assert not any(register_data.DRAFT in c or register_data.PUBLIC in c for c in cells)
    assert "Hałas przy estakadzie" not in cells


def test_bad_input(register):
    response = download(register, format="pdf")
    assert response.status_code == 400 and response.text.startswith("format:")
    response = download(register, format="csv", year="dwa tysiące")
    assert response.status_code == 400 and response.text.startswith("year:")
    response = download(register, councillor="nikt")
    assert response.status_code == 400 and "councillor" in response.text


def test_formulas_stay_text(portal):
    today = clock.today()
    register_data.make(portal["interpelacje"], '=HYPERLINK("http://x")', "forwarded", today, today)
    brains = portal.portal_catalog(portal_type="Interpellation")
    request = portal.REQUEST
    assert "'=HYPERLINK" in export.to_csv(brains, request).decode("utf-8-sig")
    sheet = openpyxl.load_workbook(BytesIO(export.to_xlsx(brains, request))).active
    assert sheet["C2"].value == '=HYPERLINK("http://x")'
    assert sheet["C2"].data_type == "s"
