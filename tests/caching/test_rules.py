"""The caching rules installed by kancelaria:default: plone.app.caching on, each page type
under its rule, the office's own views mapped, forms and staff registers never cached."""

from plone import api
from plone.caching.interfaces import ICacheSettings
from plone.caching.utils import findOperation
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import pytest


@pytest.fixture
def cache_settings(portal):
    return getUtility(IRegistry).forInterface(ICacheSettings)


def test_caching_is_on(portal, cache_settings):
    assert cache_settings.enabled is True
    installed = portal.portal_setup.getLastVersionForProfile("plone.app.caching:default")
    assert installed != "unknown"


def test_rules_per_page_type(cache_settings):
    mapping = cache_settings.operationMapping
    for rule in (
        "plone.content.itemView",
        "plone.content.folderView",
        "plone.content.dynamic",
        "plone.content.feed",
        "plone.content.file",
    ):
        assert mapping[rule] == "plone.app.caching.terseCaching", rule
    assert mapping["plone.stableResource"] == "plone.app.caching.strongCaching"
    assert mapping["kancelaria.noCache"] == "plone.app.caching.noCaching"
    assert (
        api.portal.get_registry_record(
            "plone.app.caching.strongCaching.plone.stableResource.maxage"
        )
        == 365 * 24 * 3600
    )
    etags = api.portal.get_registry_record(
        "plone.app.caching.terseCaching.plone.content.itemView.etags"
    )
    assert {"userid", "catalogCounter", "kancelaria.minute", "kancelaria.accept"} <= set(etags)


def rule_of(portal, request, path, view=None):
    obj = portal.unrestrictedTraverse(path) if path else portal
    published = obj.restrictedTraverse(view) if view else obj
    request.set("PUBLISHED", published)
    return findOperation(request)[0]


@pytest.mark.parametrize(
    "path,view,rule",
    [
        ("", "kancelaria-home", "plone.content.folderView"),
        ("interpelacje", "interpellations", "plone.content.folderView"),
        ("patronaty", "patronage", "plone.content.folderView"),
        ("aktualnosci", "publications", "plone.content.folderView"),
        ("biuletyn", "bulletin-archive", "plone.content.folderView"),
        ("biuletyn", "rss", "plone.content.feed"),
        ("sprawozdania", "reports", "plone.content.folderView"),
        ("media", "media", "plone.content.folderView"),
        ("", "sprawdz-sprawe", "kancelaria.noCache"),
        ("kontakt", "umow-spotkanie", "kancelaria.noCache"),
        ("kancelaria/korespondencja", "correspondence", "kancelaria.noCache"),
        ("kancelaria", "desk", "kancelaria.noCache"),
        ("", "kalendarz-prezydenta", "plone.content.folderView"),
        ("", "kalendarz-prezydenta.ics", "plone.content.feed"),
        ("", "kalendarz.ics", None),
        ("kancelaria/kalendarz", "calendar-week", "kancelaria.noCache"),
        ("kancelaria/kalendarz", "calendar-day", "kancelaria.noCache"),
    ],
)
def test_views_mapped(portal, http_request, path, view, rule):
    with api.env.adopt_roles(["Manager"]):
        assert rule_of(portal, http_request, path, view) == rule
