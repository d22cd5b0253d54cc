"""Registration: signatures, the JRWA class, changing a deadline, the case history."""

from datetime import date
from kancelaria import clock
from kancelaria.case import history
from kancelaria.case import numbering
from kancelaria.case import registration
from kancelaria.case.errors import CaseInputError
from plone import api

import pytest

YEAR = clock.today().year


def test_signature_format_and_order(make_case):
    cases = [make_case(title=f"Pismo {i}") for i in range(3)]
    assert [c.signature for c in cases] == [f"KPM.0002.{n}.{YEAR}" for n in (1, 2, 3)]


def test_numbers_run_per_class(make_case):
    first = make_case(jrwa="0005")
    other = make_case()
    second = make_case(jrwa="0005")
    assert first.signature == f"KPM.0005.1.{YEAR}"
    assert other.signature == f"KPM.0002.1.{YEAR}"
    assert second.signature == f"KPM.0005.2.{YEAR}"


def test_unit_symbol_from_settings(make_case):
    api.portal.set_registry_record("kancelaria.unit_symbol", "UM1")
    assert make_case().signature == f"UM1.0002.1.{YEAR}"


def test_number_never_reused_after_delete(make_case):
    first = make_case()
    api.content.delete(obj=first)
    assert make_case().signature == f"KPM.0002.2.{YEAR}"


def test_copy_gets_a_new_signature(letters, make_case):
    original = make_case()
    with api.env.adopt_roles(["Manager"]):
        copy = api.content.copy(source=original, target=letters, safe_id=True)
    assert original.signature == f"KPM.0002.1.{YEAR}"
    assert copy.signature == f"KPM.0002.2.{YEAR}"


def test_signature_is_indexed(portal, make_case):
    case = make_case()
    brains = api.content.find(signature=case.signature)
    assert [b.getObject() for b in brains] == [case]
    assert brains[0].deadline == case.deadline
    assert brains[0].case_open is True


def test_unknown_jrwa_refused(make_case, portal):
    with pytest.raises(CaseInputError) as info:
        make_case(jrwa="9999")
    assert info.value.field == "jrwa"
    assert numbering.last_number("KPM", "9999", YEAR) == 0


def test_parse_signature():
    assert numbering.parse_signature("KPM.0003.12.2026") == ("KPM", "0003", 12, 2026)


def test_change_deadline_needs_reason(make_case):
    case = make_case(received_date=date(2026, 3, 2))
    before = case.deadline
    with pytest.raises(CaseInputError) as info:
        registration.change_deadline(case, date(2026, 5, 4), "  ")
    assert info.value.field == "reason"
    assert case.deadline == before


def test_deadline_before_receipt_refused(make_case):
    case = make_case(received_date=date(2026, 3, 2))
    with pytest.raises(CaseInputError) as info:
        registration.change_deadline(case, date(2026, 3, 1), "Korekta")
    assert info.value.field == "deadline"


def test_change_deadline_kept_in_history(make_case):
    case = make_case(received_date=date(2026, 3, 2))
    old = case.deadline
    registration.change_deadline(case, date(2026, 5, 4), "Wniosek o przedłużenie")
    assert case.deadline == date(2026, 5, 4)
    entry = history.entries(case)[-1]
    assert entry["action"] == "change_deadline"
    assert "Wniosek o przedłużenie" in entry["comments"]
    assert old.isoformat() in entry["comments"]
    assert api.content.find(signature=case.signature)[0].deadline == date(2026, 5, 4)


def test_corrected_receipt_recomputes_deadline(make_case):
    from kancelaria.case.behaviors import ICase
    from zope.event import notify
    from zope.lifecycleevent import Attributes
    from zope.lifecycleevent import ObjectModifiedEvent

    case = make_case(received_date=date(2026, 3, 2))
    case.received_date = date(2026, 3, 9)
    notify(ObjectModifiedEvent(case, Attributes(ICase, "ICase.received_date")))
    assert case.deadline == date(2026, 4, 8)
    assert history.entries(case)[-1]["action"] == "recompute_deadline"


def test_jrwa_cannot_change_after_registration(make_case):
    from kancelaria.case.behaviors import ICase
    from zope.event import notify
    from zope.lifecycleevent import Attributes
    from zope.lifecycleevent import ObjectModifiedEvent

    case = make_case()
    case.jrwa = "0005"
    with pytest.raises(CaseInputError) as info:
        notify(ObjectModifiedEvent(case, Attributes(ICase, "jrwa")))
    assert info.value.field == "jrwa"


def test_register_lists_newest_first_by_number(portal, make_case):
    """Cases made in the same minute: the number breaks the tie (11 after 10, not 1)."""
    for i in range(11):
        make_case(title=f"Pismo {i}")
    view = portal["kancelaria"]["korespondencja"].restrictedTraverse("@@register")
    numbers = [numbering.parse_signature(b.signature)[2] for b in view.batch()]
    assert numbers == list(range(11, 0, -1))


def test_register_second_page(portal, make_case):
    for i in range(60):
        make_case(title=f"Pismo {i}")
    folder = portal["kancelaria"]["korespondencja"]
    folder.REQUEST.form["b_start"] = "50"
    batch = folder.restrictedTraverse("@@register").batch()
    numbers = [numbering.parse_signature(b.signature)[2] for b in batch]
    assert numbers == list(range(10, 0, -1))
    assert batch.sequence_length == 60
