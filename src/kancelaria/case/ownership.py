"""Every field has an owner: what a caller may write into a case, checked before anything
is written, on the REST API's add and edit (the Classic UI's forms omit what a user may not
write, by the same write permissions).

A field the caller may not set is refused naming it — never silently ignored with a 2xx:
read-only fields (the signature, the deadline, the departments), fields whose write
permission the caller lacks in the case's state, the review state (``@workflow`` changes
it), and a rich text of a type the site does not accept.
"""

from AccessControl import getSecurityManager
from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.app.textfield.interfaces import IRichText
from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.converters import json_compatible
from plone.supermodel.utils import mergedTaggedValueDict
from zope.component import queryMultiAdapter
from zope.component import queryUtility
from zope.globalrequest import getRequest
from zope.schema import getFields
from zope.schema.interfaces import IChoice
from zope.security.interfaces import IPermission

#: What a client may send for a rich text besides HTML (the site's own list is added).
RICH_TEXT_TYPES = ("text/html", "text/plain", "text/x-web-markdown")

#: Keys of a body that never set anything by PATCH/POST, with what does.
SERVER_OWNED = {
    "review_state": _(
        "error_field_review_state",
        default="the state changes only through a transition (@workflow).",
    ),
}


def _permission_title(permission_id):
    permission = queryUtility(IPermission, name=permission_id)
    return permission.title if permission is not None else None


def _may_write(permission_id, context):
    if permission_id is None:
        return True
    title = _permission_title(permission_id)
    return bool(title) and bool(getSecurityManager().checkPermission(title, context))


def fields_of(schemata):
    """``name → (field, write permission id)`` over the schemata of a type."""
    result = {}
    for schema in schemata:
        permissions = mergedTaggedValueDict(schema, WRITE_PERMISSIONS_KEY)
        for name, field in getFields(schema).items():
            result.setdefault(name, (field, permissions.get(name)))
    return result


def _rich_text_types(field):
    if field.allowed_mime_types:
        return set(field.allowed_mime_types)
    site = api.portal.get_registry_record("plone.allowed_types", default=None) or ()
    return set(RICH_TEXT_TYPES) | set(site)


def check_rich_text(name, field, value):
    """A rich text is a string or ``{"data": str, "content-type": …, "encoding": …}``."""
    if value is None or isinstance(value, str):
        return
    if not isinstance(value, dict) or not isinstance(value.get("data", ""), str):
        raise CaseInputError(
            name,
            _(
                "error_rich_text_shape",
                default='give the text as a string or as {"data": "…", "content-type": '
                '"text/html"}.',
            ),
        )
    content_type = value.get("content-type", field.default_mime_type)
    if content_type not in _rich_text_types(field):
        raise CaseInputError(
            name,
            _(
                "error_rich_text_type",
                default="'${type}' is not a text format this site accepts (use text/html).",
                mapping={"type": str(content_type)[:80]},
            ),
        )
    if not isinstance(value.get("encoding", "utf-8"), str):
        raise CaseInputError(name, _("error_text_expected", default="give a text."))


def _unchanged(case, field, value):
    """A value sent back as it is (a client that PATCHes the whole item) changes nothing."""
    serializer = (
        queryMultiAdapter((field, case, getRequest()), IFieldSerializer)
        if case is not None
        else None
    )
    if serializer is None:
        return False
    try:
        return json_compatible(serializer()) == value
    except Exception:  # noqa: BLE001 - a value that cannot be compared is a change
        return False


def _is_choice(value):
    """A value, or the ``{"token": …, "title": …}`` a GET gives for a choice."""
    if isinstance(value, dict):
        value = value.get("token", [])
    return isinstance(value, (str, int, float, type(None)))


def check_body(context, schemata, data, case=None):
    """Refuse, naming the first such field, what the caller may not write into a case.

    ``context``: where permissions are checked — the case being edited (``case`` too), or
    the register a new case is added to (its permissions are what the new case starts
    from)."""
    for name, message in SERVER_OWNED.items():
        if name in data:
            raise CaseInputError(name, message)
    fields = fields_of(schemata)
    for name, value in data.items():
        if name not in fields:
            continue
        field, permission = fields[name]
        if (field.readonly or not _may_write(permission, context)) and _unchanged(
            case, field, value
        ):
            continue
        if field.readonly:
            raise CaseInputError(
                name,
                _(
                    "error_field_readonly",
                    default="this field is kept by the case core; it cannot be set here.",
                ),
            )
        if not _may_write(permission, context):
            raise CaseInputError(
                name,
                _(
                    "error_field_not_yours",
                    default="you may not change this field of the case in its present state.",
                ),
            )
        if IRichText.providedBy(field):
            check_rich_text(name, field, value)
        elif IChoice.providedBy(field) and not _is_choice(value):
            raise CaseInputError(
                name, _("error_choice_value", default="give one of the field's values.")
            )
