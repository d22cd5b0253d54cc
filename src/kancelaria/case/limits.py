"""Limits of what a case takes in: text lengths, control characters, attachments.

Written once here, for every type with the ``kancelaria.case`` behavior and whatever is
inside such a case (its attachments). Two ways ask it:

- the Classic UI add and edit forms, through z3c.form validators (``validators``): the
  message lands on the field;
- every way in, through subscribers on add and modify (``check_object``): REST
  ``POST``/``PATCH`` (plone.restapi's deserializer runs no field validator of z3c.form,
  only schema invariants), ``@tus-upload``, the folder contents upload, scripts. They raise
  ``CaseInputError`` naming the field; the request ends with a 400 and nothing is written.

The numbers are settings (``max_title_length``, ``max_text_length``, ``max_attachment_mb``,
``attachment_types``), read on every check, so a change in the control panel takes effect
at once. A file field with limits of its own (a broadcast's recording: audio and video,
larger) names its check in the tagged value ``kancelaria.file_problem`` (a function of the
file returning a message or ``None``); both ways in then ask it instead.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from kancelaria import _
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.case.behaviors import ICase
from kancelaria.case.casetype import IRegisterEntry
from kancelaria.case.errors import CaseInputError
from kancelaria.case.subscribers import _changed as changed_fields
from plone.app.textfield.interfaces import IRichText
from plone.app.textfield.interfaces import IRichTextValue
from plone.base.interfaces import IPloneSiteRoot
from plone.dexterity.utils import iterSchemata
from plone.dexterity.utils import iterSchemataForType
from plone.namedfile.interfaces import INamed
from plone.namedfile.interfaces import INamedField
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IASCIILine
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDict
from zope.schema.interfaces import IObject
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine

import re

#: C0 control characters other than tab, line feed and carriage return, and DEL: never
#: typed by a person, illegal in XML (so in XLSX and DOCX) and invisible on a page.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MB = 1024 * 1024


def strip_controls(text):
    """``text`` without the characters of ``CONTROL_RE``."""
    return CONTROL_RE.sub("", text)


def limit(name):
    """The setting ``name``; its default while a site has no record of it yet."""
    return settings.get(name, settings.IKancelariaSettings[name].default)


def attachment_types():
    return [t.strip().lstrip(".").lower() for t in limit("attachment_types") or () if t.strip()]


# Where the limits apply


def in_case(obj):
    """Is ``obj`` a case, or inside one?"""
    for item in aq_chain(aq_inner(obj)):
        if ICase.providedBy(item) or IRegisterEntry.providedBy(item):
            return True
        if IPloneSiteRoot.providedBy(item):
            return False
    return False


def is_case_type(portal_type):
    """A case type, or a declared entry of a register that is no case (a meeting)."""
    if casetype.for_type(portal_type) is not None:
        return True
    return any(schema.isOrExtends(ICase) for schema in iterSchemataForType(portal_type))


# What is wrong with one value


def _text_problem(value, one_line):
    if IRichTextValue.providedBy(value):
        value = value.raw
    if not isinstance(value, str):
        return _("error_not_text", default="a text is expected.")
    most = limit("max_title_length" if one_line else "max_text_length")
    if len(value) > most:
        return _(
            "error_too_long",
            default="${length} characters is too long; at most ${limit} are allowed.",
            mapping={"length": len(value), "limit": most},
        )
    if CONTROL_RE.search(value):
        return _(
            "error_control_characters",
            default="contains control characters (such as a NUL byte); remove them.",
        )
    return None


def _file_problem(value):
    if not INamed.providedBy(value):
        return None
    return file_problem(value.filename or "", value.getSize())


def file_problem(filename, size):
    """What is wrong with a case's attachment of this name and size (a message), or
    ``None``: the size, the type (by the name's extension), the name itself."""
    most = limit("max_attachment_mb")
    if size > most * MB:
        return _(
            "error_file_too_large",
            default="the file has ${size} MB; at most ${limit} MB are allowed.",
            mapping={"size": f"{size / MB:.1f}", "limit": most},
        )
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    allowed = attachment_types()
    if extension not in allowed:
        return _(
            "error_file_type",
            default="'${filename}' is not accepted; attach one of: ${types}.",
            mapping={"filename": filename, "types": ", ".join(allowed)},
        )
    return _file_problem_of_name(filename)


def _file_problem_of_name(filename):
    if len(filename) > limit("max_title_length") or CONTROL_RE.search(filename):
        return _(
            "error_file_name",
            default="the file name is too long or contains control characters.",
        )
    return None


def problem(field, value):
    """What is wrong with ``value`` of ``field`` (a message), or ``None``."""
    if value is None or field is None:
        return None
    if INamedField.providedBy(field):
        # A field with limits of its own (a broadcast's recording) says so.
        own = field.queryTaggedValue("kancelaria.file_problem")
        if own is not None:
            return own(value) if INamed.providedBy(value) else None
        return _file_problem(value)
    if IRichText.providedBy(field):
        return _text_problem(value, one_line=False)
    if IText.providedBy(field):
        return _text_problem(value, ITextLine.providedBy(field) or IASCIILine.providedBy(field))
    if ICollection.providedBy(field) and isinstance(value, (list, tuple, set, frozenset)):
        most = limit("max_table_rows")
        if len(value) > most:
            return _(
                "error_too_many_rows",
                default="at most ${limit} rows are allowed.",
                mapping={"limit": most},
            )
        return next(filter(None, (problem(field.value_type, item) for item in value)), None)
    if IDict.providedBy(field) and isinstance(value, dict):
        pairs = ((field.key_type, k) for k in value)
        pairs = [*pairs, *((field.value_type, v) for v in value.values())]
        return next(filter(None, (problem(f, v) for f, v in pairs)), None)
    if IObject.providedBy(field) and isinstance(value, dict):  # a row of a datagrid
        rows = ((f, value.get(name)) for name, f in getFieldsInOrder(field.schema))
        return next(filter(None, (problem(f, v) for f, v in rows)), None)
    return None


# Every way in


def check_object(obj, names=None):
    """Raise ``CaseInputError`` for the first field of ``obj`` (only ``names`` when given)
    whose value breaks a limit."""
    for schema in iterSchemata(obj):
        for name, field in getFieldsInOrder(schema):
            if field.readonly or (names is not None and name not in names):
                continue
            adapted = schema(obj, None)
            message = problem(field, getattr(adapted, name, None))
            if message is not None:
                raise CaseInputError(name, message)


# Request bodies

#: JSON of this project is a few levels deep; Python's parser gives up near 1,000.
MAX_JSON_DEPTH = 100
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_JSON_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(raw):
    """How deeply the arrays and objects of a JSON text nest (strings skipped)."""
    depth = deepest = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub(b"", raw)):
        depth += 1 if bracket in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def refuse_deep_json(site, event):
    """Subscriber before traversing the site: a JSON body nested too deeply is a 400.

    It must come before authentication: plone.restapi's JWT plugin parses every JSON
    body while it looks for credentials, and its ``RecursionError`` would be a 500 on
    any address."""
    request = event.request
    if "json" not in (request.getHeader("Content-Type") or ""):
        return
    raw = request.get("BODY") or b""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "replace")
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and json_depth(raw) > MAX_JSON_DEPTH:
        raise CaseInputError(
            "body",
            _(
                "error_json_depth",
                default="the JSON is nested more than ${limit} levels deep.",
                mapping={"limit": MAX_JSON_DEPTH},
            ),
        )


def check_added(obj, event):
    """Subscriber: a new case, or anything new inside one."""
    if in_case(obj):
        check_object(obj)


def check_modified(obj, event):
    """Subscriber: the fields an edit changed (forms and the REST API say which)."""
    names = changed_fields(event)
    if names and in_case(obj):
        check_object(obj, names)
