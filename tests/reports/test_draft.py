"""“Przygotuj projekt”: the report's text from every register, for its period and nothing
outside it, with nothing that may not be published."""

from DateTime import DateTime
from datetime import timedelta
from kancelaria import clock
from kancelaria.case.errors import CaseInputError
from kancelaria.reports import draft
from kancelaria.reports import figures
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.interpellations.conftest import _make as make_interpellation
from tests.letters.conftest import make_incoming
from tests.letters.conftest import make_reply
from tests.meetings.conftest import make_directive
from tests.meetings.conftest import make_meeting
from tests.meetings.conftest import meeting_start
from tests.patronage.conftest import make_patronage

import pytest


def _age_history(obj, transition, days):
    """Move the decision ``transition`` ``days`` into the past (an old decision)."""
    for entries in obj.workflow_history.values():
        for entry in entries:
            if entry.get("action") == transition:
                entry["time"] = DateTime() - days
    obj.workflow_history._p_changed = True


@pytest.fixture
def registers(portal):
    today = clock.today()
    long_ago = today - timedelta(days=50)
    narady = portal["kancelaria"]["narady"]
    recent = make_meeting(narady, "held", title="Narada o budżecie", start=meeting_start(2))
    make_meeting(narady, "minutes_approved", title="Narada stara", start=meeting_start(45))
    make_meeting(narady, "planned", title="Narada planowana", start=meeting_start(1))
    make_directive(recent, "issued", title="Polecenie nowe")
    make_directive(recent, "verified", title="Polecenie wykonane")
    old = portal["kancelaria"]["narady"]["narada-stara"]
    make_directive(old, "issued", title="Polecenie stare")

    interpelacje = portal["interpelacje"]
    make_interpellation(interpelacje, "answered", "Na czas", received_date=today - timedelta(2))
    make_interpellation(interpelacje, "answered", "Spóźniona", received_date=long_ago)
    make_interpellation(interpelacje, "forwarded", "W toku", received_date=today)
    make_interpellation(
        interpelacje,
        "answered",
        "Dawna",
        received_date=today - timedelta(80),
        answer_date=today - timedelta(70),
    )

    patronaty = portal["patronaty"]
    make_patronage(patronaty, "granted", title="Bieg Uliczny", organiser_name="Klub Biegacza")
    make_patronage(patronaty, "refused", title="Targi", organiser_name="Tajny Wnioskodawca")
    old_grant = make_patronage(patronaty, "granted", title="Festyn dawny")
    _age_history(old_grant, "grant", 60)
    old_grant.reindexObject()

    korespondencja = portal["kancelaria"]["korespondencja"]
    letter = make_incoming(korespondencja, "assigned")
    make_incoming(korespondencja, title="Drugie pismo")
    make_incoming(korespondencja, title="Stare pismo", received_date=long_ago)
    make_reply(letter, "sent")
    return today - timedelta(days=20), today


def test_the_figures_of_the_period(registers):
    start, end = registers
    data = figures.for_period(start, end)
    assert [m["title"] for m in data["meetings"]] == ["Narada o budżecie"]
    assert data["directives"] == {"issued": 2, "verified": 1}
    assert data["interpellations"] == {
        "received": 2,
        "answered": 2,
        "answered_on_time": 1,
        "answered_late": 1,
    }
    assert [p["title"] for p in data["patronages"]["granted"]] == ["Bieg Uliczny"]
    assert data["patronages"]["refused"] == 1
    assert data["letters"] == {"incoming": 2, "outgoing": 1}


def test_nothing_outside_the_period(registers):
    start, _end = registers
    data = figures.for_period(start - timedelta(days=400), start - timedelta(days=100))
    assert data["meetings"] == [] and data["patronages"]["granted"] == []
    assert data["directives"] == {"issued": 0, "verified": 0}
    assert data["interpellations"]["received"] == 0
    assert data["letters"] == {"incoming": 0, "outgoing": 0}


def test_the_draft_is_written_into_the_text_without_personal_data(registers, report):
    api.portal.set_registry_record("plone.default_language", "pl")
    start, end = registers
    obj = report(text=None, period_from=start, period_to=end)
    html = draft.prepare(obj)
    assert obj.text.raw == html
    assert "Narada o budżecie" in html and "Bieg Uliczny" in html and "Klub Biegacza" in html
    assert "Narada stara" not in html and "Festyn dawny" not in html
    # No applicant of a refused patronage, no letter's sender or subject.
    for private in ("Tajny Wnioskodawca", "Targi", "Anna Mieszkańska", "godziny otwarcia"):
        assert private not in html
    assert "Odbyte narady: 1." in html  # Polish, the site's language


def test_preparing_again_keeps_the_office_s_edits_unless_asked(registers, report):
    start, end = registers
    obj = report(text=None, period_from=start, period_to=end)
    draft.prepare(obj)
    draft.prepare(obj)  # unchanged text: replaced freely
    obj.text = RichTextValue("<p>Poprawione przez Kancelarię.</p>", "text/html", "text/x-html-safe")
    with pytest.raises(CaseInputError) as error:
        draft.prepare(obj)
    assert error.value.field == "text"
    assert "Poprawione" in obj.text.raw
    draft.prepare(obj, replace=True)
    assert "Poprawione" not in obj.text.raw


def test_a_published_report_is_not_prepared_again(report):
    obj = report(state="published")
    with pytest.raises(CaseInputError) as error:
        draft.prepare(obj)
    assert error.value.field == "review_state"


def test_a_period_ending_before_it_begins_is_refused(report):
    with pytest.raises(CaseInputError) as error:
        report(period_from=clock.today(), period_to=clock.today() - timedelta(days=1))
    assert error.value.field == "period_from"
