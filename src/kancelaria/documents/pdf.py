"""A letter, a receipt or the minutes of a meeting as PDF: the description drawn as HTML,
printed by WeasyPrint.

WeasyPrint reads nothing but the package's static files (``fetcher``); the body is cleaned
first (``richtext``). The text is set in DejaVu Sans (Debian's ``fonts-dejavu-core``, found
through fontconfig), which has every Polish letter; WeasyPrint embeds the subset used.
"""

from chameleon import PageTemplateFile
from kancelaria import formats
from kancelaria.documents import richtext
from kancelaria.documents.fetcher import HERE
from kancelaria.documents.fetcher import StaticOnlyFetcher
from kancelaria.documents.labels import labels
from kancelaria.documents.labels import place_and_date

import weasyprint

TEMPLATES = HERE / "templates"
STYLESHEET = (HERE / "static" / "letter.css").as_uri()
LOGO = (HERE.parent / "browser" / "static" / "logo.svg").as_uri()

_LETTER = PageTemplateFile(str(TEMPLATES / "letter.pt"))
_RECEIPT = PageTemplateFile(str(TEMPLATES / "receipt.pt"))
_MINUTES = PageTemplateFile(str(TEMPLATES / "minutes.pt"))
#: The letterhead every document starts with (a macro).
_LETTERHEAD = PageTemplateFile(str(TEMPLATES / "letterhead.pt"))


def letter_html(letter):
    """The letter as an HTML page (what WeasyPrint prints)."""
    return _LETTER(
        letter=letter,
        words=labels(letter.language),
        dated=place_and_date(letter.place, letter.date, letter.language),
        body=richtext.to_html(richtext.clean(letter.body_html)),
        stylesheet=STYLESHEET,
        logo=LOGO,
        letterhead=_LETTERHEAD,
    )


def receipt_html(receipt):
    return _RECEIPT(
        receipt=receipt,
        words=labels(receipt.language),
        dated=place_and_date(receipt.place, receipt.date, receipt.language),
        received=formats.date(receipt.received_date),
        stylesheet=STYLESHEET,
        logo=LOGO,
        letterhead=_LETTERHEAD,
    )


def minutes_html(minutes):
    """The minutes of a meeting as an HTML page."""
    cleaned = richtext.clean(minutes.minutes_html)
    return _MINUTES(
        minutes=minutes,
        words=labels(minutes.language),
        body=richtext.to_html(cleaned) if richtext.blocks(cleaned) else "",
        fmt_date=formats.date,
        stylesheet=STYLESHEET,
        logo=LOGO,
        letterhead=_LETTERHEAD,
    )


def html_to_pdf(html, fetcher=None):
    """Print an HTML page; ``fetcher`` (a ``StaticOnlyFetcher`` unless given one) is
    WeasyPrint's only access to anything outside the page."""
    fetcher = fetcher or StaticOnlyFetcher()
    document = weasyprint.HTML(string=html, base_url=STYLESHEET, url_fetcher=fetcher)
    return document.write_pdf()


def letter_pdf(letter):
    return html_to_pdf(letter_html(letter))


def receipt_pdf(receipt):
    return html_to_pdf(receipt_html(receipt))


def minutes_pdf(minutes):
    return html_to_pdf(minutes_html(minutes))
