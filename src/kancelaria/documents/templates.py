"""Occasional letters start from the office's templates (settings ``letter_templates``).

A template is a kind of letter (``settings.LETTER_KINDS``), a subject and a text with
placeholders written ``${name}``. What this module decides:

- only the names of ``PLACEHOLDERS`` are placeholders. A template using any other name is
  refused when the office saves it (the control panel's check, ``settings.template_errors``,
  a 400 naming ``letter_templates`` over REST), and ``fill`` refuses one stored some other
  way: a letter never goes out with a placeholder nobody can fill;
- a known placeholder this letter has no value for (``${their_reference}`` of a letter that
  replies to nothing) stays in the text as it is, visible, for the clerk to complete;
- the text is plain: an empty line ends a paragraph, a single line break stays a line
  break; the values are escaped, so a name with ``<`` or ``&`` is printed as written.
"""

from dataclasses import dataclass
from html import escape
from kancelaria import _
from kancelaria import settings
from kancelaria.case.errors import CaseInputError

import re

#: The placeholders a template may use, with what each becomes.
PLACEHOLDERS = {
    "recipient": _("the recipient's name (the first recipient)"),
    "date": _("the letter's date in words"),
    "place": _("the place of the letter (settings)"),
    "signatory": _("who signs"),
    "signatory_function": _("the signatory's function"),
    "their_date": _("the date of the letter replied to"),
    "their_reference": _("the sender's reference of the letter replied to"),
}
PLACEHOLDER_RE = re.compile(r"\$\{([^{}\s]*)\}")
PARAGRAPH_RE = re.compile(r"\n[ \t]*\n+")


@dataclass
class Filled:
    kind: str
    subject: str
    body_html: str


def unknown_placeholders(*texts):
    """The names in ``${…}`` of ``texts`` that are not ``PLACEHOLDERS``, in order, once."""
    found = []
    for text in texts:
        for name in PLACEHOLDER_RE.findall(text or ""):
            if name not in PLACEHOLDERS and name not in found:
                found.append(name)
    return found


def template_for(kind):
    """The office's template of ``kind`` (a row of ``letter_templates``)."""
    for row in settings.get("letter_templates", settings.DEFAULT_LETTER_TEMPLATES):
        if (row.get("kind") or "").strip() == kind:
            return row
    raise CaseInputError(
        "kind",
        _(
            "error_no_template",
            default="there is no letter template of the kind '${kind}' (control panel "
            "Kancelaria, letter templates).",
            mapping={"kind": kind},
        ),
    )


def substitute(text, values, quote=str):
    """``text`` with the placeholders that have a value replaced (``quote``d)."""

    def replace(match):
        value = values.get(match.group(1))
        return match.group(0) if value in (None, "") else quote(str(value))

    return PLACEHOLDER_RE.sub(replace, text or "")


def to_html(text, values):
    """Plain text with placeholders → the paragraphs of a rich text body."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = []
    for chunk in PARAGRAPH_RE.split(text):
        if not chunk.strip():
            continue
        lines = [substitute(escape(line.strip()), values, escape) for line in chunk.split("\n")]
        paragraphs.append("<p>" + "<br />".join(lines) + "</p>")
    return "\n".join(paragraphs)


def fill(kind, values):
    """The subject and body of a new letter of ``kind`` from the office's template.

    ``values``: ``{placeholder: text}`` (missing or empty: the placeholder stays visible).
    Raises ``CaseInputError`` for a kind without a template and for a template with a
    placeholder outside ``PLACEHOLDERS``."""
    row = template_for(kind)
    unknown = unknown_placeholders(row.get("subject"), row.get("body"))
    if unknown:
        raise CaseInputError(
            "letter_templates",
            _(
                "error_template_placeholder",
                default="Letter templates: the template '${kind}' uses ${placeholder}, "
                "which no letter fills in; use ${known}.",
                mapping={
                    "kind": kind,
                    "placeholder": settings.as_placeholder(unknown[0]),
                    "known": settings.known_placeholders(),
                },
            ),
        )
    subject = substitute(row.get("subject"), values).strip()
    return Filled(kind=kind, subject=subject, body_html=to_html(row.get("body"), values))


def values_for(letter):
    """``{placeholder: text}`` of an outgoing letter: its first recipient, today in words
    (the day it is written), the place, its signatory, the date and reference of the letter
    it answers."""
    from kancelaria import clock
    from kancelaria import formats
    from kancelaria.documents import adapters
    from kancelaria.documents import site

    language = site.language()
    recipients = getattr(letter, "recipients", None) or ()
    signatory = site.signatory(getattr(letter, "signatory", None))
    answered = adapters.resolve(getattr(letter, "in_reply_to", None))
    their_date = answered and (
        getattr(answered, "letter_date", None) or getattr(answered, "received_date", None)
    )
    return {
        "recipient": (recipients[0].get("name") or "") if recipients else "",
        "date": formats.long_date(clock.today(), language),
        "place": site.place(),
        "signatory": signatory.name or signatory.function,
        "signatory_function": signatory.function,
        "their_date": formats.long_date(their_date, language) if their_date else "",
        "their_reference": (answered and getattr(answered, "sender_reference", None)) or "",
    }


def start_from_template(letter, event):
    """A new outgoing letter without a text starts from the office's template of its kind
    (``IObjectWillBeAddedEvent``); a letter given a text, or of a kind without a template,
    keeps what it has."""
    from plone.app.textfield.value import RichTextValue

    body = getattr(letter, "body", None)
    text = getattr(body, "raw", body) or ""
    kind = getattr(letter, "kind", None)
    if text.strip() or not kind:
        return
    try:
        filled = fill(kind, values_for(letter))
    except CaseInputError:  # no template for this kind: the drafters write it all
        return
    letter.body = RichTextValue(filled.body_html, "text/html", "text/x-html-safe")
