"""The Python side of ``kancelaria_bulletin_workflow`` (``private`` → ``published`` by
the press office): publishing needs the PDF; the table of contents' rows have titles; a
number is unique in its year."""

from kancelaria import _
from kancelaria.bulletin import numbering
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from kancelaria.workflows.meeting import _rows_need


def has_pdf(obj, comment=""):
    """``publish``: an issue without its PDF is not published."""
    if getattr(obj, "file", None) is None:
        raise CaseInputError(
            "file",
            _(
                "error_bulletin_no_pdf",
                default="attach the issue's PDF before it is published.",
            ),
        )


def contents_titled(rows):
    return _rows_need(
        rows,
        _("error_contents_title", default="row ${row}: the article's title is required."),
        "title",
    )


PDF_MESSAGE = _("error_bulletin_pdf", default="the issue is a PDF file (.pdf).")


def check_pdf(obj, field="file", message=PDF_MESSAGE):
    """The file in ``field`` (when there is one) is really a PDF: its name and its first
    bytes; otherwise a ``CaseInputError`` naming ``field``."""
    named = getattr(obj, field, None)
    if named is None:
        return
    name = (named.filename or "").lower()
    if not name.endswith(".pdf") or not bytes(named.data[:5]).startswith(b"%PDF"):
        raise CaseInputError(field, message)


def checked(obj, event):
    """Subscriber (added, modified): every way in."""
    casetype.check_in_register(obj)
    numbering.check(obj)
    check_pdf(obj)
