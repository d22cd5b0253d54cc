"""An e-mail saved from a mail program (``.eml``, RFC 5322) read into a neutral result.

``parse(data)`` gives the sender's name and address, the subject, the date of the letter
and the day the office's server received it (both Warsaw's days), the Message-ID, a
plain-text summary of the body and the attachments (inline images and attached e-mails
too: an attached ``message/rfc822`` becomes a ``.eml`` file of its own).

Broken input — no bytes, not an e-mail, only headers, an unknown character set, a file
over the settings' limit — raises ``CaseInputError("file", message)``, never anything else.

An attachment the settings would refuse as a case's file (``attachment_types``, for
instance a ``.gif`` logo or an ``.exe``) does not refuse the e-mail: it is left out of
``attachments`` and listed in ``skipped`` with the reason. Nothing is lost, since the
original ``.eml`` is kept whole with the letter.
"""

from dataclasses import dataclass
from datetime import UTC
from datetime import date
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from kancelaria import _
from kancelaria import clock
from kancelaria.case import limits
from kancelaria.case.errors import CaseInputError
from kancelaria.letters.htmltext import html_to_text
from kancelaria.letters.htmltext import tidy

import mimetypes
import re

#: The name of the original e-mail among the letter's files.
ORIGINAL = "oryginal.eml"
#: Characters of the body kept as the letter's summary.
SUMMARY_CHARS = 2000
#: Parts of one e-mail at most (each attachment becomes a file of the letter).
MAX_PARTS = 200
#: A file name's characters at most (the extension kept).
NAME_CHARS = 120
EARLIEST = date(2000, 1, 1)

EMPTY = _("error_eml_empty", default="the file is empty: give an e-mail (.eml).")
HEADER_END = re.compile(rb"\r?\n\r?\n")
UNSAFE_NAME = re.compile(r'[<>:"/\\|?*]+')
BODY_TYPES = ("text/plain", "text/html")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    inline: bool = False


@dataclass(frozen=True)
class Skipped:
    filename: str
    reason: object  # a translatable message


@dataclass(frozen=True)
class ParsedEmail:
    sender_name: str
    sender_email: str
    subject: str
    date: date | None
    received: date | None
    message_id: str
    summary: str
    attachments: tuple
    skipped: tuple


def refuse(message):
    raise CaseInputError("file", message)


def parse(data):
    """``data`` (the bytes of an ``.eml``) read; see the module's docstring."""
    if not isinstance(data, bytes) or not data.strip():
        refuse(EMPTY)
    problem = limits.file_problem(ORIGINAL, len(data))
    if problem is not None:
        refuse(problem)
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return _read(msg, data)
    except CaseInputError:
        raise
    except (RecursionError, MemoryError):
        refuse(_("error_eml_nested", default="the e-mail is nested too deeply to be read."))
    except Exception:  # noqa: BLE001 - the standard library's parser fails in many ways
        refuse(_("error_eml_unreadable", default="the file cannot be read as an e-mail."))


def _read(msg, data):
    head = HEADER_END.split(data.lstrip(b"\r\n"), 1)[0]
    not_email = _(
        "error_eml_not_email",
        default="this is not an e-mail: it has no sender (a From header with an address).",
    )
    if not msg.keys() or b"\x00" in head:
        refuse(not_email)
    name, address = _sender(msg)
    if not address:
        refuse(not_email)
    if not HEADER_END.search(data):
        refuse(
            _(
                "error_eml_headers_only",
                default="the file holds only the headers of an e-mail, not its content.",
            )
        )
    attachments, skipped = _attachments(msg)
    return ParsedEmail(
        sender_name=_one_line(name),
        sender_email=address,
        subject=_one_line(_header(msg, "Subject")),
        date=_warsaw_day(_header_datetime(msg)),
        received=_received_day(msg),
        message_id=_one_line(_header(msg, "Message-ID")).strip("<>"),
        summary=_summary(msg),
        attachments=tuple(attachments),
        skipped=tuple(skipped),
    )


# Headers


def fix_text(text):
    """``text`` as people read it: raw 8-bit bytes the parser kept as surrogates (a header
    in an undeclared or unknown character set) read as UTF-8, else Windows-1250, else
    ISO-8859-2 — the Polish mail programs' character sets."""
    text = str(text or "")
    if not re.search("[\udc80-\udcff]", text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    for charset in ("utf-8", "cp1250"):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    return raw.decode("iso-8859-2")


def _header(msg, name):
    value = msg.get(name)
    return fix_text(value) if value is not None else ""


def _one_line(text):
    """One line, control characters out, at most ``max_title_length`` characters."""
    text = " ".join(limits.strip_controls(text.replace("\ufffd", "")).split())
    most = limits.limit("max_title_length")
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _sender(msg):
    header = msg.get("From")
    for address in getattr(header, "addresses", ()):
        email = fix_text(address.addr_spec)
        if "@" in email and address.domain and not limits.CONTROL_RE.search(email):
            return fix_text(address.display_name), email.lower()
    return "", ""


def _header_datetime(msg):
    header = msg.get("Date")
    return getattr(header, "datetime", None) if header is not None else None


def _warsaw_day(moment):
    """The day of ``moment`` in the office's zone (a moment without a zone is UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(clock.zone()).date()


def _received_day(msg):
    """The day the office's own server received the e-mail: the topmost ``Received``
    header's date; ``None`` when there is none or it is out of range."""
    received = msg.get_all("Received") or ()
    if not received:
        return None
    try:
        day = _warsaw_day(parsedate_to_datetime(str(received[0]).rpartition(";")[2].strip()))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return day if day and EARLIEST <= day <= clock.today() else None


# The body


def _text_of(part):
    try:
        text = part.get_content()
    except LookupError:
        refuse(
            _(
                "error_eml_charset",
                default="the text of the e-mail is in an unknown character set '${charset}'.",
                mapping={"charset": limits.strip_controls(str(part.get_content_charset()))[:40]},
            )
        )
    text = text if isinstance(text, str) else ""
    return html_to_text(text) if part.get_content_type() == "text/html" else tidy(text)


def _summary(msg):
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = limits.strip_controls(_text_of(body).replace("\ufffd", ""))
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


# Attachments


def _leaves(part, depth=0):
    """The parts that are not containers; an attached e-mail is one part."""
    if part.get_content_type() == "message/rfc822" and depth:
        yield part
    elif part.is_multipart() and part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            yield from _leaves(sub, depth + 1)
    else:
        yield part


def _is_body(part):
    return (
        part.get_content_type() in BODY_TYPES
        and part.get_content_disposition() != "attachment"
        and not part.get_filename()
    )


def _attachments(msg):
    leaves = []
    for leaf in _leaves(msg):
        leaves.append(leaf)
        if len(leaves) > MAX_PARTS:
            refuse(
                _(
                    "error_eml_parts",
                    default="the e-mail has more than ${limit} parts.",
                    mapping={"limit": MAX_PARTS},
                )
            )
    names = Names()
    attachments, skipped = [], []
    for number, part in enumerate((p for p in leaves if not _is_body(p)), start=1):
        attachment = _attachment(part, number, names)
        problem = limits.file_problem(attachment.filename, len(attachment.data))
        if problem is None:
            attachments.append(attachment)
        else:
            skipped.append(Skipped(attachment.filename, problem))
    return attachments, skipped


def _attachment(part, number, names):
    content_type = part.get_content_type()
    if content_type == "message/rfc822":
        inner = part.get_payload(0)
        data = inner.as_bytes(policy=policy.default)
        given = fix_text(part.get_filename()) or _header(inner, "Subject") or f"wiadomosc-{number}"
        if not given.lower().endswith(".eml"):
            given += ".eml"
    else:
        data = part.get_payload(decode=True) or b""
        extension = mimetypes.guess_extension(content_type) or ".bin"
        kind = "obraz" if part.get_content_maintype() == "image" else "zalacznik"
        given = fix_text(part.get_filename()) or f"{kind}-{number}{extension}"
    inline = part.get_content_disposition() == "inline" or bool(part.get("Content-ID"))
    return Attachment(names.unique(clean_name(given, number)), content_type, data, inline)


def clean_name(name, number=1):
    """A safe file name: no directories, control or reserved characters; at most
    ``NAME_CHARS`` characters with its extension kept."""
    name = limits.strip_controls(name.replace("\ufffd", "")).replace("\\", "/")
    name = UNSAFE_NAME.sub("_", name.rsplit("/", 1)[-1])
    name = " ".join(name.split()).strip(" ._-")
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name, ""
    extension = extension[:10]
    stem = stem[: NAME_CHARS - len(extension) - 1].rstrip(" ._-")
    if not stem:
        stem = f"zalacznik-{number}"
    return f"{stem}.{extension}" if extension else stem


class Names:
    """Unique names within one letter (case-insensitively), the original's taken."""

    def __init__(self):
        self.taken = {ORIGINAL}

    def unique(self, name):
        stem, dot, extension = name.rpartition(".")
        if not dot:
            stem, extension = name, ""
        candidate, n = name, 1
        while candidate.lower() in self.taken:
            n += 1
            candidate = f"{stem}-{n}.{extension}" if extension else f"{stem}-{n}"
        self.taken.add(candidate.lower())
        return candidate
