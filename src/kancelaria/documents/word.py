"""A letter or the minutes of a meeting as DOCX (python-docx), for the office to edit: the
same description as the PDF.

The letterhead is the page header; the body's cleaned rich text (``richtext.blocks``)
becomes Word's own paragraphs, bold/italic/underline runs, headings, quotations and list
styles, so the office edits a real document, not a picture of one. Set in Arial (every
office's Word has it; LibreOffice shows it in Liberation Sans), marked as Polish for the
spelling check.
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.shared import Pt
from io import BytesIO
from kancelaria import formats
from kancelaria.documents import richtext
from kancelaria.documents.labels import labels
from kancelaria.documents.labels import place_and_date

FONT = "Arial"
RECIPIENT_INDENT = Cm(8.5)
#: Word's built-in styles for the body's blocks (``richtext.Block.kind``), by list level.
STYLES = {
    "p": ("Normal",),
    "h3": ("Heading 3",),
    "h4": ("Heading 4",),
    "quote": ("Quote",),
    "bullet": ("List Bullet", "List Bullet 2", "List Bullet 3"),
    "number": ("List Number", "List Number 2", "List Number 3"),
}
LANGUAGES = {"pl": "pl-PL", "en": "en-GB"}


def _set_up(document, language):
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    properties = normal.element.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), FONT)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        properties.append(lang)
    lang.set(qn("w:val"), LANGUAGES.get(language, language))
    for name in ("Heading 3", "Heading 4", "Quote"):
        document.styles[name].font.name = FONT
    return section


def _letterhead(section, head, words):
    header = section.header
    first = header.paragraphs[0]
    if head.city_hall:
        first.add_run(head.city_hall).bold = True
    lines = [head.office, head.address]
    contact = [f"{words['phone']} {head.phone}" if head.phone else ""]
    contact.append(f"{words['email']} {head.email}" if head.email else "")
    lines.append(" · ".join(c for c in contact if c))
    for line in (line for line in lines if line):
        run = header.add_paragraph().add_run(line)
        run.font.size = Pt(9)


def _paragraph(document, text="", bold=False, align=None, indent=None, space_after=None):
    paragraph = document.add_paragraph()
    if text:
        paragraph.add_run(text).bold = bold
    if align is not None:
        paragraph.alignment = align
    if indent is not None:
        paragraph.paragraph_format.left_indent = indent
    if space_after is not None:
        paragraph.paragraph_format.space_after = space_after
    return paragraph


def _body(document, html):
    for block in richtext.blocks(richtext.clean(html)):
        styles = STYLES.get(block.kind, STYLES["p"])
        paragraph = document.add_paragraph(style=styles[min(block.level, len(styles) - 1)])
        if block.kind == "p":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for text, marks in block.runs:
            if text == "\n":
                paragraph.add_run().add_break(WD_BREAK.LINE)
                continue
            run = paragraph.add_run(text)
            run.bold = "strong" in marks or None
            run.italic = "em" in marks or None
            run.underline = "u" in marks or None


def letter_docx(letter):
    """The letter as the bytes of a .docx file."""
    words = labels(letter.language)
    document = Document()
    section = _set_up(document, letter.language)
    _letterhead(section, letter.letterhead, words)
    dated = place_and_date(letter.place, letter.date, letter.language)
    _paragraph(document, dated, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if letter.signature:
        paragraph = _paragraph(document, f"{words['signature']} ", space_after=Pt(0))
        paragraph.add_run(letter.signature).bold = True
    for line in letter.references:
        _paragraph(document, line, space_after=Pt(0))
    for party in letter.recipients:
        lines = party.lines()
        for number, line in enumerate(lines):
            last = number == len(lines) - 1
            _paragraph(
                document,
                line,
                bold=number == 0,
                indent=RECIPIENT_INDENT,
                space_after=Pt(10) if last else Pt(0),
            )
    if letter.subject:
        paragraph = _paragraph(document, f"{words['subject']} ")
        paragraph.add_run(letter.subject).bold = True
    _body(document, letter.body_html)
    signatory = letter.signatory
    if signatory.function or signatory.name:
        center = WD_ALIGN_PARAGRAPH.CENTER
        _paragraph(document, "", space_after=Pt(12))
        if signatory.function:
            _paragraph(document, signatory.function, align=center, indent=RECIPIENT_INDENT)
        if signatory.name:
            _paragraph(document, "", space_after=Pt(18))
            _paragraph(document, signatory.name, bold=True, align=center, indent=RECIPIENT_INDENT)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document, header, rows):
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text or ""
    document.add_paragraph()
    return table


def _heading(document, text):
    paragraph = _paragraph(document, text, bold=True, space_after=Pt(4))
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _attendance(document, minutes, words):
    _heading(document, words["attendance"])
    for label, people in (
        (words["present"], minutes.present()),
        (words["absent"], minutes.absent()),
    ):
        if not people:
            continue
        _paragraph(document, label, space_after=Pt(2))
        for person in people:
            paragraph = document.add_paragraph(style="List Number")
            paragraph.add_run(person.name).bold = True
            more = ", ".join(x for x in (person.function, person.unit) if x)
            if more:
                paragraph.add_run(f" — {more}")


def _signature_lines(document, minutes, words):
    _paragraph(document, "", space_after=Pt(24))
    table = document.add_table(rows=3, cols=2)
    people = (
        (minutes.chair, words["sign_chair"]),
        (minutes.minute_taker, words["sign_minute_taker"]),
    )
    for column, (name, role) in enumerate(people):
        cells = [table.rows[row].cells[column] for row in range(3)]
        cells[0].text = "……………………………………"
        cells[1].text = name or ""
        cells[2].text = ""
        cells[2].paragraphs[0].add_run(role).font.size = Pt(9)
        for cell in cells:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def minutes_docx(minutes):
    """The minutes of a meeting as the bytes of a .docx file."""
    words = labels(minutes.language)
    document = Document()
    section = _set_up(document, minutes.language)
    _letterhead(section, minutes.letterhead, words)
    if minutes.draft:  # on every page: the header repeats
        mark = section.header.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = mark.add_run(words["draft"])
        run.bold = True
        run.font.size = Pt(14)
    center = WD_ALIGN_PARAGRAPH.CENTER
    title = _paragraph(document, "", align=center, space_after=Pt(2))
    run = title.add_run(minutes.heading)
    run.bold = True
    run.font.size = Pt(14)
    if minutes.held:
        _paragraph(document, minutes.held, align=center, space_after=Pt(12))
    facts = (
        (words["meeting_subject"], minutes.subject),
        (words["chair"], minutes.chair),
        (words["minute_taker"], minutes.minute_taker),
    )
    for label, value in facts:
        if value:
            paragraph = _paragraph(document, f"{label} ", space_after=Pt(2))
            paragraph.add_run(value).bold = True
    if minutes.attendees:
        _attendance(document, minutes, words)
    if minutes.agenda:
        _heading(document, words["agenda"])
        rows = [(item.number, item.topic, item.presenter) for item in minutes.agenda]
        _table(document, (words["number"], words["topic"], words["presenter"]), rows)
    if richtext.blocks(richtext.clean(minutes.minutes_html)):
        _heading(document, words["minutes_text"])
        _body(document, minutes.minutes_html)
    if minutes.directives:
        _heading(document, words["directives"])
        header = (
            words["case_signature"],
            words["directive"],
            words["departments"],
            words["responsible_person"],
            words["deadline"],
        )
        rows = [
            (d.signature, d.title, d.departments, d.responsible_person, formats.date(d.deadline))
            for d in minutes.directives
        ]
        _table(document, header, rows)
    _signature_lines(document, minutes, words)
    out = BytesIO()
    document.save(out)
    return out.getvalue()
