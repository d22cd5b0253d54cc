"""How staff write text: HTML in the editor, without a text-format selector under it and
without TinyMCE's English “Build with TinyMCE” line.

A new site gets it from ``profiles/default/registry.xml``; an existing one from
``set_up_editor()`` (idempotent), which the next upgrade step calls.
"""

from plone import api

import json

ALLOWED_TYPES = ("text/html",)
#: TinyMCE's options the office's editor sets (kept in TinyMCE's "other settings").
EDITOR_OPTIONS = {"branding": False, "promotion": False}


def set_up_editor():
    """HTML only (``plone.allowed_types``) and TinyMCE without its branding line
    (``plone.other_settings``, other options kept). ``True`` when something changed."""
    changed = False
    allowed = api.portal.get_registry_record("plone.allowed_types", default=None)
    if allowed is None or tuple(allowed) != ALLOWED_TYPES:
        api.portal.set_registry_record("plone.allowed_types", ALLOWED_TYPES)
        changed = True
    raw = api.portal.get_registry_record("plone.other_settings", default=None) or "{}"
    try:
        options = json.loads(raw)
    except ValueError:
        options = {}
    if not isinstance(options, dict):
        options = {}
    if any(options.get(key) != value for key, value in EDITOR_OPTIONS.items()):
        options.update(EDITOR_OPTIONS)
        api.portal.set_registry_record("plone.other_settings", json.dumps(options))
        changed = True
    return changed
