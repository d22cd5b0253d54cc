"""The same letter as DOCX, read back with python-docx: real paragraphs, runs and styles."""

from kancelaria.documents import word
from tests.documents.conftest import read_docx


def paragraphs(document):
    return [p for p in document.paragraphs if p.text.strip()]


def test_letter_reads_back(integration, make_letter):
    document = read_docx(word.letter_docx(make_letter()))
    texts = [p.text for p in paragraphs(document)]
    assert texts[0] == "Świętochłowice, 27 listopada 2026 r."
    assert "Znak sprawy: KPM.0003.12.2026" in texts
    assert "Pan Grzegorz Żółtański" in texts
    assert "41-600 Świętochłowice" in texts
    assert "Dotyczy: Odpowiedź na interpelację w sprawie ulicy Źródlanej" in texts
    assert texts[-2:] == ["Prezydent Miasta", "Daniel Beger"]
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[:3] == [
        "Urząd Miejski w Świętochłowicach",
        "Kancelaria Prezydenta Miasta",
        "ul. Katowicka 54, 41-600 Świętochłowice",
    ]
    assert "32 3491 826" in header[3] and "kpm@swietochlowice.pl" in header[3]


def test_body_formatting_is_editable(integration, make_letter):
    document = read_docx(word.letter_docx(make_letter()))
    by_text = {p.text: p for p in paragraphs(document)}
    sentence = next(p for text, p in by_text.items() if text.startswith("w odpowiedzi"))
    bold = [r.text for r in sentence.runs if r.bold]
    italic = [r.text for r in sentence.runs if r.italic]
    assert bold == ["remont ulicy Źródlanej"]
    assert italic == ["wiosną"]
    assert by_text["etap pierwszy: chodniki"].style.name == "List Bullet"
    assert by_text["przetarg"].style.name == "List Number"
    assert by_text["Pan Grzegorz Żółtański"].runs[0].bold


def test_page_and_language(integration, make_letter):
    from docx.oxml.ns import qn

    document = read_docx(word.letter_docx(make_letter()))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    normal = document.styles["Normal"]
    assert normal.font.name == "Arial"
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "pl-PL"


def test_line_breaks_and_nested_lists(integration, make_letter):
    body = "<p>pierwsza<br>druga</p><ul><li>raz<ul><li>głębiej</li></ul></li></ul><h2>Tytuł</h2>"
    document = read_docx(word.letter_docx(make_letter(body_html=body)))
    by_text = {p.text: p for p in paragraphs(document)}
    assert "pierwsza\ndruga" in by_text
    assert by_text["głębiej"].style.name == "List Bullet 2"
    assert by_text["Tytuł"].style.name == "Heading 3"
