"""Letters and receipts described as the office writes them, and ways to read them back."""

from datetime import date
from io import BytesIO
from kancelaria.documents import model
from tests.interpellations.conftest import finterpellation  # noqa: F401 - a fixture

import pytest

LETTERHEAD = model.Letterhead(
    city_hall="Urząd Miejski w Świętochłowicach",
    office="Kancelaria Prezydenta Miasta",
    address="ul. Katowicka 54, 41-600 Świętochłowice",
    phone="32 3491 826",
    email="kpm@swietochlowice.pl",
)

BODY = (
    "<p>Szanowny Panie Radny,</p>"
    "<p>w odpowiedzi na interpelację informuję, że <strong>remont ulicy Źródlanej</strong> "
    "rozpocznie się <em>wiosną</em> przyszłego roku.</p>"
    "<ul><li>etap pierwszy: chodniki</li><li>etap drugi: jezdnia</li></ul>"
    "<ol><li>projekt</li><li>przetarg</li></ol>"
    "<p>Z poważaniem</p>"
)


def pdf_text(data):
    """Every page's text of a PDF, as pypdf reads it."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_fonts(data):
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def pdf_pages(data):
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(data)).pages)


def read_docx(data):
    import docx

    return docx.Document(BytesIO(data))


@pytest.fixture
def make_letter():
    def make(**changes):
        fields = dict(
            letterhead=LETTERHEAD,
            place="Świętochłowice",
            date=date(2026, 11, 27),
            signature="KPM.0003.12.2026",
            recipients=[
                model.Party(
                    name="Pan Grzegorz Żółtański",
                    organisation="Rada Miejska w Świętochłowicach",
                    address="ul. Łagiewnicka 7\n41-600 Świętochłowice",
                )
            ],
            subject="Odpowiedź na interpelację w sprawie ulicy Źródlanej",
            body_html=BODY,
            signatory=model.Signatory(name="Daniel Beger", function="Prezydent Miasta"),
            language="pl",
        )
        fields.update(changes)
        return model.Letter(**fields)

    return make


@pytest.fixture
def make_receipt():
    def make(**changes):
        fields = dict(
            letterhead=LETTERHEAD,
            place="Świętochłowice",
            date=date(2026, 11, 27),
            signature="KPM.0100.3.2026",
            incoming_number="RPW/17/2026",
            received_date=date(2026, 11, 26),
            sender=model.Party(
                name="Zofia Łęcka", address="ul. Ślęzańska 3\n41-600 Świętochłowice"
            ),
            subject="Wniosek o naprawę oświetlenia",
            access_code="K7Q2-9XPA",
            check_url="https://www.swietochlowice.pl/sprawdz-sprawe",
            language="pl",
        )
        fields.update(changes)
        return model.Receipt(**fields)

    return make
