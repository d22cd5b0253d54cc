"""Limits of what a case takes in: text lengths, control characters, attachments.

Written once here; the Classic UI forms (``validators``) and every other way in (the
subscribers on add and modify, which catch REST, uploads and scripts) ask ``check``.
"""

import re

#: C0 control characters other than tab, line feed and carriage return, and DEL: never
#: typed by a person, illegal in XML (so in XLSX and DOCX) and invisible on a page.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(text):
    """``text`` without the characters of ``CONTROL_RE``."""
    return CONTROL_RE.sub("", text)
