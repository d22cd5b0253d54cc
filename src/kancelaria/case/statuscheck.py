"""The residents' status check: a case's access code, and what a resident may learn with it.

A type offers the check with ``status_check=True`` in its ``CaseType``. Each of its cases
gets an access code at registration: ten characters from an alphabet without the look-alikes
0/O/1/I/L, printed in two groups (``K7M2P-QX9RT``) and compared ignoring case, spaces and
hyphens, in constant time. The code lives in an annotation of the case: no schema field (so
no REST serializer, form or ``@search`` result carries it), no catalog index or metadata
column, no search text. It is read with ``access_code(obj)``, which asks
``kancelaria: View access code`` (the office and the mayor; never a department or a visitor).

Given the signature and the code, ``find(signature, code)`` returns the case, and ``facts``
what the resident sees: the state (id and title), the departments' names, the deadline and
the closing date — nothing else.
"""

from AccessControl import Unauthorized
from kancelaria import settings
from kancelaria.case import casetype
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate

import hmac
import re
import secrets

ANNOTATION_KEY = "kancelaria.access_code"
VIEW_PERMISSION = "kancelaria: View access code"

#: Easy to read off paper and type: no 0/O, 1/I/L.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 10
GROUP = 5
#: What a person may type between the characters.
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
#: Compared against when no case matches, so a wrong signature costs what a wrong code does.
_DUMMY = "2" * LENGTH


def offers_check(obj):
    declared = casetype.of(obj)
    return bool(declared is not None and declared.status_check)


def new_code():
    """A fresh random code, grouped for print: ``K7M2P-QX9RT``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:GROUP]}-{raw[GROUP:]}"


def normalize(code):
    """What a person typed, as compared: upper case, without spaces and hyphens."""
    if not isinstance(code, str):
        return ""
    return _SEPARATORS.sub("", code).upper()


def assign(obj, replace=False):
    """Give ``obj`` an access code (once, unless ``replace``); returns it, or ``None`` for a
    type without the check."""
    if not offers_check(obj):
        return None
    annotations = IAnnotations(obj)
    if replace or not annotations.get(ANNOTATION_KEY):
        annotations[ANNOTATION_KEY] = new_code()
    return annotations[ANNOTATION_KEY]


def forget(obj):
    """A copy is a new case: it must not keep the original's code."""
    annotations = IAnnotations(obj)
    if ANNOTATION_KEY in annotations:
        del annotations[ANNOTATION_KEY]


def may_read(obj):
    """Staff who see the case and may read its code (the office, the mayor)."""
    return bool(
        api.user.has_permission("View", obj=obj)
        and api.user.has_permission(VIEW_PERMISSION, obj=obj)
    )


def access_code(obj):
    """The case's access code as printed (``None`` when it has none). Refused (Unauthorized)
    to anyone without ``kancelaria: View access code`` on the case."""
    if not may_read(obj):
        raise Unauthorized("access code")
    return stored_code(obj)


def stored_code(obj):
    """The code without a permission check: for the core's own comparison only."""
    return IAnnotations(obj).get(ANNOTATION_KEY)


def matches(obj, code):
    """Whether ``code`` (as typed) is the case's code; in constant time."""
    stored = stored_code(obj) if obj is not None else None
    given = normalize(code).encode()
    expected = normalize(stored or _DUMMY).encode()
    same = hmac.compare_digest(given, expected)
    return bool(stored) and same


def find(signature, code):
    """The case of ``signature`` whose code is ``code``; ``None`` whatever is wrong (no such
    signature, another code, a type without the check, a deleted case)."""
    obj = None
    if isinstance(signature, str) and signature.strip():
        catalog = api.portal.get_tool("portal_catalog")
        typed = signature.strip()
        # Only the types that offer the check: a reply to a letter carries the letter's
        # signature, and must never stand in for it.
        checked = [t.portal_type for t in casetype.all_types().values() if t.status_check]
        brains = catalog.unrestrictedSearchResults(
            signature=list({typed, typed.upper()}), portal_type=checked
        )
        for brain in brains[:1]:
            try:
                obj = brain._unrestrictedGetObject()
            except (AttributeError, KeyError):  # a stale catalog entry
                obj = None
    if obj is not None and not offers_check(obj):
        obj = None
    return obj if matches(obj, code) else None


def state_of(obj, request=None):
    """``{"id", "title"}`` of the case's review state, the title in the site's language."""
    wf_tool = api.portal.get_tool("portal_workflow")
    state_id = wf_tool.getInfoFor(obj, "review_state", None)
    title = state_id
    for workflow in wf_tool.getWorkflowsFor(obj):
        state = workflow.states.get(state_id)
        if state is not None:
            title = state.title or state_id
            break
    language = api.portal.get_default_language() or "pl"
    return {
        "id": state_id,
        "title": translate(title, domain="plone", target_language=language),
    }


def facts(obj):
    """What the resident may learn of the case, and nothing else."""
    closed = getattr(obj, "closed_date", None)
    deadline = getattr(obj, "deadline", None)
    return {
        "state": state_of(obj),
        "departments": [
            {"symbol": row["symbol"], "title": row["title"]}
            for row in settings.department_rows(getattr(obj, "departments", None) or [])
        ],
        "deadline": deadline.isoformat() if deadline else None,
        "closed_date": closed.isoformat() if closed else None,
    }


def upgrade_existing_cases():
    """An existing site: every case of a type with the check gets a code, every closed case
    its closing date (read off its history); the ``closed_date`` index is filled. Idempotent."""
    from kancelaria.case import closing

    catalog = api.portal.get_tool("portal_catalog")
    types = [name for name, declared in casetype.all_types().items() if declared]
    for brain in catalog.unrestrictedSearchResults(portal_type=types):
        obj = brain._unrestrictedGetObject()
        assign(obj)
        if closing.backfill(obj):
            obj.reindexObject(idxs=["closed_date"])
