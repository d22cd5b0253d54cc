"""A letter's body: the rich text reduced to what a letter holds, for both renderers.

``clean(html)`` parses whatever the editor (or a script, or an attacker) stored, however
broken, and keeps paragraphs, headings, bold, italic, underline, lists, quotations and line
breaks, with no attribute at all: no ``src``, ``href``, ``style`` or ``class`` is left, so
nothing in the body can point anywhere. Images, scripts, styles, frames, objects and forms
go with their content; any other tag gives way to its text. ``blocks(root)`` reads the
cleaned tree as paragraphs of formatted runs, for the DOCX.
"""

from dataclasses import dataclass
from dataclasses import field
from kancelaria.case.limits import strip_controls
from lxml import etree
from lxml import html as lxml_html

import re

#: Tags kept, after renaming (``RENAME``); their attributes are all removed.
INLINE = {"strong", "em", "u", "br"}
BLOCKS = {"p", "h3", "h4", "blockquote", "ul", "ol", "li"}
RENAME = {
    "b": "strong",
    "i": "em",
    "h1": "h3",
    "h2": "h3",
    "h5": "h4",
    "h6": "h4",
    "div": "p",
}
#: Tags removed with everything inside them.
DROP = {
    "script", "style", "img", "picture", "svg", "math", "iframe", "frame", "frameset",
    "object", "embed", "applet", "video", "audio", "source", "track", "canvas", "link",
    "meta", "base", "head", "title", "noscript", "template", "form", "input", "button",
    "select", "textarea", "map", "area",
}  # fmt: skip
SPACE_RE = re.compile(r"\s+")
#: The deepest an element may lie (lists in lists in quotations …); deeper ones give way to
#: their text, as does bold in bold: a body of 500 nested ``<b>`` must not exhaust the
#: renderers' recursion.
MAX_DEPTH = 12


def clean(text):
    """The body as a ``<div>`` of safe elements (an empty one for no text)."""
    text = strip_controls(text or "")
    if not text.strip():
        return lxml_html.Element("div")
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        root = lxml_html.Element("div")
        root.text = text
    for element in list(root.iter()):
        if element is root:
            element.attrib.clear()
            continue
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None or tag.lower() in DROP:  # comments, processing instructions too
            element.drop_tree()
            continue
        tag = RENAME.get(tag.lower(), tag.lower())
        if _too_deep(element, tag):
            element.drop_tag()
        elif tag in INLINE or tag in BLOCKS:
            element.tag = tag
            element.attrib.clear()
        else:
            element.drop_tag()
    return root


def _too_deep(element, tag):
    ancestors = list(element.iterancestors())
    if len(ancestors) > MAX_DEPTH:
        return True
    return tag in INLINE and any(a.tag == tag for a in ancestors)


def to_html(root):
    return lxml_html.tostring(root, encoding="unicode")


@dataclass
class Block:
    """A paragraph of the DOCX: ``kind`` is ``p``, ``h3``, ``h4``, ``quote``, ``bullet`` or
    ``number`` (with the list's ``level``); ``runs`` are ``(text, marks)``, ``"\\n"`` a
    line break, marks a set of ``strong``, ``em``, ``u``."""

    kind: str = "p"
    level: int = 0
    runs: list = field(default_factory=list)

    def has_text(self):
        return any(text.strip() for text, _marks in self.runs)


class _Reader:
    def __init__(self):
        self.blocks = []
        self.current = None

    def start(self, kind, level=0):
        self.current = Block(kind, level)
        self.blocks.append(self.current)

    def add(self, text, marks):
        if not text:
            return
        if text != "\n":
            text = SPACE_RE.sub(" ", text)
            if self.current is None:
                text = text.lstrip()
        if not text:
            return
        if self.current is None:
            self.start("p")
        self.current.runs.append((text, frozenset(marks)))

    def walk(self, element, marks, lists):
        tag = element.tag
        if tag == "br":
            self.add("\n", marks)
            return
        if tag in ("ul", "ol"):
            self.current = None
            for child in element:
                self.walk(child, marks, (*lists, tag))
                self.current = None if child.tag == "li" else self.current
            self.current = None
            return
        if tag in ("p", "h3", "h4", "blockquote", "li"):
            if tag == "li":
                kind = "number" if lists and lists[-1] == "ol" else "bullet"
                self.start(kind, max(len(lists) - 1, 0))
            else:
                self.start({"blockquote": "quote"}.get(tag, tag))
            self.add(element.text, marks)
            for child in element:
                self.walk(child, marks, lists)
                self.add(child.tail, marks)
            self.current = None
            return
        inner = marks | {tag} if tag in INLINE else marks
        self.add(element.text, inner)
        for child in element:
            self.walk(child, inner, lists)
            self.add(child.tail, inner)


def blocks(root):
    """The cleaned body as ``Block``s, empty paragraphs left out."""
    reader = _Reader()
    reader.add(root.text, frozenset())
    for child in root:
        reader.walk(child, frozenset(), ())
        reader.add(child.tail, frozenset())
    return [block for block in reader.blocks if block.has_text()]
