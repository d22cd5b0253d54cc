"""The public change register (rejestr zmian, DOMAIN.md rule 7) on a case's page.

It says who changed what — in terms of fields — and when, and when the question and the
answer were published; never a note someone wrote (a version's change note, a routing
comment, a reason), and never a change to a field the reader may not read (the draft answer).
Staff keep the full history with the notes.
"""

from kancelaria.case import changelog
from kancelaria.case import history
from plone import api
from zope.i18n import translate

import pytest
import re
import transaction

NOTE = "Poufnanotatkawydzialu"
OFFICE_NOTE = "Wewnetrznauwagakancelarii"


def html(text):
    return {"data": text, "content-type": "text/html"}


def register_rows(page):
    """The rows of the change register table, as plain text."""
    match = re.search(r"<table[^>]*kancelaria-changes.*?</table>", page, re.S)
    assert match, "no change register on the page"
    body = re.search(r"<tbody.*?</tbody>", match.group(0), re.S).group(0)  # not the headings
    rows = re.findall(r"<tr.*?</tr>", body, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


@pytest.fixture
def answered(client, finterpellation):
    """An interpellation registered, corrected by the office with a note, routed with a
    comment, drafted by the department with a note, approved."""
    obj = finterpellation("registered", title="Rejestr zmian")
    url = obj.absolute_url()
    clerk, woik = client("clerk"), client("woik")
    body = {"title": "Rejestr zmian ulicy Polnej", "text": html("<p>Poprawione</p>")}
    assert clerk.patch(url, dict(body, changeNote=OFFICE_NOTE)).status_code == 204
    assert clerk.post(url + "/@route", {"departments": ["WOIK"], "comment": OFFICE_NOTE}).ok
    body = {"answer": html("<p>Projekt</p>"), "changeNote": NOTE}
    assert woik.patch(url, body).status_code == 204
    assert woik.post(url + "/@workflow/submit_answer", {"comment": NOTE}).ok
    assert client("mayor").post(url + "/@workflow/approve_answer").ok
    transaction.begin()
    return obj


def test_public_register_says_who_what_when(client, answered):
    page = client(None).session.get(answered.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert NOTE not in page.text and OFFICE_NOTE not in page.text
    rows = register_rows(page.text)
    # Newest first: approval, the answer drafted, the question published, the routing,
    # the office's correction.
    assert "Answer approved and published" in rows[0] and "mayor" in rows[0]
    assert any("Answer" in row and "woik" in row for row in rows)
    assert any("Question published" in row and "clerk" in row for row in rows)
    assert any("Subject, Question" in row and "clerk" in row for row in rows)
    assert any("Departments" in row for row in rows)
    # Internal steps of the answer (submitted, returned) are not publication events.
    assert not [row for row in rows if "Submit" in row]


def test_draft_answer_edits_not_public_before_approval(client, finterpellation):
    obj = finterpellation("forwarded", title="Projekt w toku")
    url = obj.absolute_url()
    body = {"answer": html("<p>Projekt</p>"), "changeNote": NOTE}
    assert client("woik").patch(url, body).status_code == 204
    anonymous = client(None).session.get(url, headers={"Accept": "text/html"}).text
    rows = register_rows(anonymous)
    assert not [row for row in rows if "Answer" in row], rows
    assert NOTE not in anonymous
    # The office sees that the department drafted it (still no note on the page).
    staff = client("clerk").session.get(url, headers={"Accept": "text/html"}).text
    assert any("Answer" in row and "woik" in row for row in register_rows(staff))
    assert NOTE not in staff


def test_staff_keep_the_notes_in_the_full_history(client, answered):
    history_ = client("clerk").get(answered.absolute_url() + "/@history").json()
    comments = " ".join(str(entry.get("comments") or "") for entry in history_)
    assert NOTE in comments and OFFICE_NOTE in comments
    edits = [entry for entry in history_ if entry.get("action") == changelog.EDIT]
    assert edits  # the edits are in the case history too


def test_every_case_type_records_its_edits(make_case):
    """The core records the fields changed on any case type (here the test-only one)."""
    from kancelaria.case.behaviors import ICase
    from zope.event import notify
    from zope.lifecycleevent import Attributes
    from zope.lifecycleevent import ObjectModifiedEvent

    case = make_case(title="Pismo")
    with api.env.adopt_roles(["Manager"]):
        case.title = "Pismo poprawione"
        notify(
            ObjectModifiedEvent(case, Attributes(ICase, "ICase.jrwa"), Attributes(None, "title"))
        )
    entry = history.entries(case)[-1]
    assert entry["action"] == changelog.EDIT
    assert entry["kancelaria_fields"] == ["jrwa", "title"]
    entries = changelog.public_entries(case)
    assert [translate(title) for title in entries[0]["fields"]] == ["Title", "JRWA class"]
    # An event naming no field (a container change) records nothing.
    count = len(history.entries(case))
    notify(ObjectModifiedEvent(case))
    assert len(history.entries(case)) == count


def test_an_entry_keeps_its_own_data(make_case):
    """What one entry of the case history records of its own (the departments of a
    routing, the fields of an edit) is not copied into the entries after it."""
    from datetime import timedelta
    from kancelaria.case import registration
    from kancelaria.case import routing

    case = make_case(title="Pismo")
    routing.route(case, ["WOIK"])
    registration.change_deadline(case, case.deadline + timedelta(days=1), "Powód")
    last = history.entries(case)[-1]
    assert last["action"] == "change_deadline"
    assert "kancelaria_departments" not in last
    rows = changelog.public_entries(case)
    assert [[translate(t) for t in row["fields"]] for row in rows] == [
        ["Deadline"],
        ["Departments"],
    ]


def test_polish(portal):
    from kancelaria import _

    assert translate(changelog.EDIT, domain="plone", target_language="pl") == (
        "Zmiana danych sprawy"
    )
    message = _("changed_fields", default="Changed: ${fields}", mapping={"fields": "Temat"})
    assert translate(message, target_language="pl") == "Zmieniono: Temat"
