"""A site at 1005 (before the bulletin and the reports) upgrades to 1006: the types, their
workflows and permissions arrive, ``/biuletyn`` and ``/sprawozdania`` take them and list
them, the bulletin's feed and ``@bulletin`` answer, the mayor's group may publish reports.

``profile_1005.tar.gz`` is the released 1005 profile.
"""

from datetime import date
from kancelaria.bulletin.interfaces import IBulletinFolder
from kancelaria.bulletin.interfaces import IReportsFolder
from plone import api
from tests.setup.released import current_version
from tests.setup.released import released_profile
from zope.interface import noLongerProvides

import pytest

TYPES = ("BulletinIssue", "ActivityReport")
WORKFLOWS = ("kancelaria_bulletin_workflow", "kancelaria_report_workflow")


@pytest.fixture
def site_1005(portal, setup_tool, tmp_path):
    """The integration site turned back into what 1005 made."""
    with released_profile("1005", tmp_path) as profile, api.env.adopt_roles(["Manager"]):
        portal.portal_types.manage_delObjects(list(TYPES))
        portal.portal_workflow.manage_delObjects(list(WORKFLOWS))
        for step in ("rolemap", "typeinfo", "workflow"):
            setup_tool.runImportStepFromProfile(profile, step)
        portal.portal_catalog.delIndex("issue_date")
        for name in ("biuletyn", "sprawozdania"):
            portal[name].setLayout("publications")
        noLongerProvides(portal["biuletyn"], IBulletinFolder)
        noLongerProvides(portal["sprawozdania"], IReportsFolder)
        portal["sprawozdania"].manage_delLocalRoles(["prezydent"])
        setup_tool.setLastVersionForProfile("kancelaria:default", "1005")


def test_site_1005_has_no_bulletin(portal, site_1005):
    assert "BulletinIssue" not in portal.portal_types
    assert not IBulletinFolder.providedBy(portal["biuletyn"])


def test_upgrade_1005_to_1006(portal, setup_tool, site_1005):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
    assert setup_tool.getLastVersionForProfile("kancelaria:default") == (current_version(),)
    wf = portal.portal_workflow
    for portal_type, workflow in zip(TYPES, WORKFLOWS, strict=True):
        assert wf.getChainForPortalType(portal_type) == (workflow,)
    assert "BulletinIssue" in {t.getId() for t in portal["biuletyn"].allowedContentTypes()}
    assert "ActivityReport" in {t.getId() for t in portal["sprawozdania"].allowedContentTypes()}
    assert portal["biuletyn"].getLayout() == "bulletin-archive"
    assert portal["sprawozdania"].getLayout() == "reports"
    assert "Approver" in portal["sprawozdania"].get_local_roles_for_userid("prezydent")
    assert "issue_date" in portal.portal_catalog.indexes()
    # An issue is numbered, published and found in the archive by year.
    from tests.bulletin.conftest import make_issue

    issue = make_issue(portal["biuletyn"], state="published", issue_date=date(2026, 6, 1))
    assert issue.number == "1/2026"
    from kancelaria.bulletin import archive

    assert [y for y, _b in archive.issues(portal["biuletyn"], 2026)] == [2026]
    assert portal["biuletyn"].restrictedTraverse("@@rss")


def test_the_upgrade_runs_twice(portal, setup_tool, site_1005):
    from kancelaria.bulletin import setup

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile("kancelaria:default")
        setup.ensure()
    assert IBulletinFolder.providedBy(portal["biuletyn"])
    assert IReportsFolder.providedBy(portal["sprawozdania"])
    assert portal["biuletyn"].getLayout() == "bulletin-archive"
