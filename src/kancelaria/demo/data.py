"""The data of the demo, read once from ``profiles/demo/content.json``.

- ``departments``: symbol and title; the e-mail is the lower-case symbol at the office's domain;
- ``councillors``: id, full name and club (empty: a councillor in no club); the e-mail is the
  id, with dots for dashes, at the council's domain;
- ``users``: one person per group of the office; ``role`` says who they are in the demo;
- ``actors``: who registers and routes the cases (clerk), approves the answers (mayor) and
  writes the news (press); ``drafters``: who drafts the answers of a department;
- ``attachment_text``: the lines of the letter attached to a case (``{received}``: its date);
- ``interpellations`` and ``news``: rich texts are lists of paragraphs (see ``html``); for the
  meaning of a case's ``received`` and answer dates see ``kancelaria.demo.clock``.
"""

from pathlib import Path
from plone.app.textfield.value import RichTextValue

import json
import os

PASSWORD_VARIABLE = "DEMO_PASSWORD"
DEFAULT_PASSWORD = "demo"

OFFICE_DOMAIN = "um.swietochlowice.example"
COUNCIL_DOMAIN = "rada.swietochlowice.example"

CONTENT = Path(__file__).parent.parent / "profiles" / "demo" / "content.json"

with CONTENT.open(encoding="utf-8") as _file:
    _DATA = json.load(_file)

DEPARTMENTS = [
    {**row, "email": f"{row['symbol'].lower()}@{OFFICE_DOMAIN}"} for row in _DATA["departments"]
]
COUNCILLORS = [
    {**row, "email": f"{row['id'].replace('-', '.')}@{COUNCIL_DOMAIN}"}
    for row in _DATA["councillors"]
]
USERS = _DATA["users"]

CLERK = _DATA["actors"]["clerk"]
MAYOR = _DATA["actors"]["mayor"]
PRESS = _DATA["actors"]["press"]
#: Who drafts the answers of a department.
DEPARTMENT_USERS = _DATA["drafters"]

ATTACHMENT_TEXT = "\n".join(_DATA["attachment_text"]) + "\n"
INTERPELLATIONS = _DATA["interpellations"]
NEWS = _DATA["news"]


def html(paragraphs, **links):
    """A rich text of ``paragraphs``, each in ``<p>``; a ``{name}`` becomes ``links[name]``."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    for name, url in links.items():
        text = text.replace(f"{{{name}}}", url)
    return RichTextValue(text, "text/html", "text/x-html-safe")


def password():
    return os.environ.get(PASSWORD_VARIABLE) or DEFAULT_PASSWORD
