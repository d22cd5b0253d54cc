"""A letter and a receipt as PDF, read back: what a reader of the printed page checks."""

from datetime import date
from kancelaria.documents import pdf
from tests.documents.conftest import pdf_fonts
from tests.documents.conftest import pdf_pages
from tests.documents.conftest import pdf_text


def test_letter_reads_back(integration, make_letter):
    data = pdf.letter_pdf(make_letter())
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    # The letterhead, the place and the date in words, the signature.
    assert "Urząd Miejski w Świętochłowicach" in text
    assert "Kancelaria Prezydenta Miasta" in text
    assert "ul. Katowicka 54, 41-600 Świętochłowice" in text
    assert "32 3491 826" in text and "kpm@swietochlowice.pl" in text
    assert "Świętochłowice, 27 listopada 2026 r." in text
    assert "Znak sprawy: KPM.0003.12.2026" in text
    # The recipient with Polish letters, the subject, the body, the signatory.
    assert "Pan Grzegorz Żółtański" in text
    assert "ul. Łagiewnicka 7" in text
    assert "Dotyczy: Odpowiedź na interpelację w sprawie ulicy Źródlanej" in text
    assert "remont ulicy Źródlanej" in text
    assert "etap drugi: jezdnia" in text
    assert "Prezydent Miasta" in text
    assert "Daniel Beger" in text


def test_polish_font_is_embedded(integration, make_letter):
    fonts = pdf_fonts(pdf.letter_pdf(make_letter()))
    # Regular, bold and italic DejaVu Sans, embedded as subsets (a "+" after the tag).
    assert any("DejaVu-Sans-Bold" in f for f in fonts), fonts
    assert any("DejaVu-Sans-Oblique" in f for f in fonts), fonts
    assert all("+" in f for f in fonts), fonts


def test_every_polish_letter_survives(integration, make_letter):
    letters = "ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
    text = pdf_text(pdf.letter_pdf(make_letter(subject=letters, body_html=f"<p>{letters}</p>")))
    assert text.count(letters) == 2


def test_long_letter_runs_over_pages_numbered(integration, make_letter):
    body = "".join(f"<p>Akapit numer {n}: " + "treść pisma " * 40 + "</p>" for n in range(40))
    data = pdf.letter_pdf(make_letter(body_html=body))
    pages = pdf_pages(data)
    assert pages >= 3
    text = pdf_text(data)
    assert f"1 / {pages}" in text and f"{pages} / {pages}" in text
    assert "Akapit numer 39" in text and "Daniel Beger" in text


def test_several_recipients(integration, make_letter):
    from kancelaria.documents.model import Party

    recipients = [Party(name="Anna Kowalska"), Party(name="Stowarzyszenie Śląskie", email="x@y.pl")]
    text = pdf_text(pdf.letter_pdf(make_letter(recipients=recipients)))
    assert "Anna Kowalska" in text and "Stowarzyszenie Śląskie" in text


def test_without_signatory_or_signature(integration, make_letter):
    from kancelaria.documents.model import Signatory

    text = pdf_text(pdf.letter_pdf(make_letter(signature="", signatory=Signatory())))
    assert "Znak sprawy" not in text
    assert "Daniel Beger" not in text


def test_english_document(integration, make_letter):
    text = pdf_text(pdf.letter_pdf(make_letter(language="en")))
    assert "Świętochłowice, 27 November 2026" in text
    assert "Our reference: KPM.0003.12.2026" in text


def test_receipt_reads_back(integration, make_receipt):
    data = pdf.receipt_pdf(make_receipt())
    text = pdf_text(data)
    assert "Potwierdzenie wpływu" in text
    assert "Świętochłowice, 27 listopada 2026 r." in text
    assert "KPM.0100.3.2026" in text
    assert "RPW/17/2026" in text
    assert "26.11.2026" in text
    assert "Zofia Łęcka" in text and "ul. Ślęzańska 3" in text
    assert "Wniosek o naprawę oświetlenia" in text
    assert "Kod dostępu: K7Q2-9XPA" in text
    assert "sprawdz-sprawe" in text


def test_receipt_without_code(integration, make_receipt):
    text = pdf_text(pdf.receipt_pdf(make_receipt(access_code="", received_date=date(2026, 1, 2))))
    assert "Kod dostępu" not in text
    assert "02.01.2026" in text
