"""An existing site (``to_1003``): cases of a type with the check get their access codes,
closed cases their closing date read off the history (Warsaw's day), the index is filled;
twice changes nothing."""

from DateTime import DateTime
from datetime import date
from kancelaria import upgrades
from kancelaria.case import statuscheck
from plone import api
from zope.annotation.interfaces import IAnnotations


def _as_before(obj):
    """What a case made before the status check looks like: no code, no closing date."""
    IAnnotations(obj).pop(statuscheck.ANNOTATION_KEY, None)
    obj.__dict__.pop("closed_date", None)
    obj._p_changed = True


def test_to_1003_gives_codes_and_closing_dates(portal, make_case):
    open_case = make_case(title="Otwarta")
    closed_case = make_case(title="Zamknięta")
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=closed_case, transition="close")
    # Closed late on 10 March (UTC): already 11 March in Warsaw.
    history = closed_case.workflow_history["kancelaria_testcase_workflow"]
    entries = [{**entry, "time": DateTime("2026/03/02 09:00:00 UTC")} for entry in history]
    entries[-1] = {**entries[-1], "time": DateTime("2026/03/10 23:30:00 UTC")}
    closed_case.workflow_history["kancelaria_testcase_workflow"] = tuple(entries)
    for obj in (open_case, closed_case):
        _as_before(obj)
        obj.reindexObject()
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("closed_date")

    upgrades.to_1003(None)

    for obj in (open_case, closed_case):
        assert statuscheck.stored_code(obj)
    assert getattr(open_case, "closed_date", None) is None
    assert closed_case.closed_date == date(2026, 3, 11)
    found = catalog.unrestrictedSearchResults(closed_date=date(2026, 3, 11))
    assert [b.UID for b in found] == [closed_case.UID()]

    codes = {obj.UID(): statuscheck.stored_code(obj) for obj in (open_case, closed_case)}
    upgrades.to_1003(None)
    assert codes == {obj.UID(): statuscheck.stored_code(obj) for obj in (open_case, closed_case)}
