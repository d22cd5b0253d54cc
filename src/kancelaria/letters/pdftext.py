"""The text of the PDFs inside a letter, for the letter's ``SearchableText``.

The text is read once, when a file is added to a letter or replaced (``attachments``), with
pypdf, and kept on the file (``TEXT_ATTR``); the letter's indexer joins what its files keep,
so reindexing a letter never reads a PDF again. A file that is no PDF, or a PDF that cannot
be read (damaged, encrypted, only scanned images), gives no text and never breaks indexing.
"""

from Acquisition import aq_base
from io import BytesIO

import logging

logger = logging.getLogger(__name__)

#: Where a file keeps its text.
TEXT_ATTR = "kancelaria_text"
#: The most of a PDF that is read: pages, and characters kept (the text index and the
#: catalog's size, see NOTES: a 5 MB text made every later write 6–25 MB).
MAX_PAGES = 200
MAX_CHARS = 100_000


def is_pdf(data):
    return data[:1024].lstrip().startswith(b"%PDF")


def extract(data):
    """The text of the PDF ``data`` (bytes); ``""`` when it is none or cannot be read."""
    if not data or not is_pdf(data):
        return ""
    try:
        from pypdf import PdfReader

        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            return ""
        parts, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= MAX_CHARS:
                break
    except Exception:  # noqa: BLE001 - any broken PDF: no text, the letter still indexed
        logger.warning("The text of a PDF could not be read", exc_info=True)
        return ""
    text = " ".join(" ".join(parts).split())
    return text[:MAX_CHARS]


def file_data(obj):
    blob = getattr(obj, "file", None)
    if blob is None:
        return b""
    try:
        return blob.data
    except Exception:  # noqa: BLE001 - a missing blob (POSKeyError) is no text
        logger.warning("The file of %s could not be read", obj.absolute_url(), exc_info=True)
        return b""


def remember(obj):
    """Read and keep the text of the file ``obj``; whether it has any."""
    text = extract(file_data(obj))
    setattr(obj, TEXT_ATTR, text)
    return bool(text)


def text_of_files(letter):
    """What the files inside ``letter`` keep, joined."""
    texts = []
    for child in letter.objectValues():
        text = getattr(aq_base(child), TEXT_ATTR, None)
        if text:
            texts.append(text)
    return " ".join(texts)
