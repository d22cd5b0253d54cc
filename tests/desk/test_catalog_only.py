"""The desk reads the catalog (and the notes by UID), never the cases themselves: drawn
after the ZODB cache is emptied, it leaves every case a ghost, so its cost does not grow
with what a case holds (a 200 KB question, its history, its versions)."""

from kancelaria.case import desk
from kancelaria.interfaces import IKancelariaLayer
from plone.app.testing import login
from plone.app.testing import logout
from zope.interface import alsoProvides

import pytest


@pytest.mark.parametrize("user", ["clerk", "woik", "mayor"])
def test_the_desk_loads_no_case(fportal, office, user):
    cases = {obj.signature: obj for obj in office.values()}
    request = fportal.REQUEST
    alsoProvides(request, IKancelariaLayer)
    login(fportal, user)
    try:
        fportal._p_jar.cacheMinimize()
        assert all(obj._p_changed is None for obj in cases.values())  # ghosts now
        page = fportal["kancelaria"].restrictedTraverse("@@desk")()
        queues = desk.desk()
    finally:
        logout()
    listed = {item["signature"] for queue in queues for item in queue["items"]}
    assert listed, "the desk lists cases"
    assert all(signature in page for signature in listed)
    loaded = sorted(s for s, obj in cases.items() if obj._p_changed is not None)
    assert loaded == []
