"""The editor the office writes in: HTML only (no format selector), no TinyMCE branding."""

from kancelaria import editing
from plone import api

import json


def test_new_site(portal):
    assert api.portal.get_registry_record("plone.allowed_types") == ("text/html",)
    options = json.loads(api.portal.get_registry_record("plone.other_settings"))
    assert options == {"branding": False, "promotion": False}


def test_existing_site(portal):
    """What an upgrade runs on a site made before: changed once, other options kept."""
    api.portal.set_registry_record("plone.allowed_types", ("text/html", "text/x-web-textile"))
    api.portal.set_registry_record("plone.other_settings", '{"height": 400}')
    assert editing.set_up_editor() is True
    assert api.portal.get_registry_record("plone.allowed_types") == ("text/html",)
    options = json.loads(api.portal.get_registry_record("plone.other_settings"))
    assert options == {"height": 400, "branding": False, "promotion": False}
    assert editing.set_up_editor() is False


def test_existing_site_with_broken_options(portal):
    api.portal.set_registry_record("plone.other_settings", "not json")
    assert editing.set_up_editor() is True
    options = json.loads(api.portal.get_registry_record("plone.other_settings"))
    assert options == {"branding": False, "promotion": False}
