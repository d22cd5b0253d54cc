"""The minutes of a meeting as a document on the real server: ``@@pdf`` and ``@@docx`` read
back as a person checks them (the number, the day in Polish words, who came and who did
not, the agenda, the text, the directives, “PROJEKT” until approved), and who gets them."""

from datetime import datetime
from io import BytesIO
from kancelaria import clock
from kancelaria.documents.views import DOCX
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.documents.conftest import pdf_text

import docx
import pytest
import re
import transaction

#: A fixed day, so that the day in words is known: 4 March 2026, 9:30 in Warsaw.
START = datetime(2026, 3, 4, 9, 30, tzinfo=clock.zone())
ATTENDEES = [
    {"name": "Daniel Beger", "function": "Prezydent Miasta", "unit": "", "present": True},
    {"name": "Żaneta Źródlana", "function": "Naczelnik", "unit": "WOIK", "present": True},
    {"name": "Grzegorz Nieobecny", "function": "Skarbnik", "unit": "", "present": False},
]
AGENDA = [
    {"number": "1", "topic": "Projekt budżetu na rok 2027", "presenter": "Skarbnik"},
    {"number": "2", "topic": "Remont ulicy Łagiewnickiej", "presenter": "WOIK"},
]


@pytest.fixture(autouse=True)
def polish_site(fportal):
    """The office's site speaks Polish (``make site``), and so do its documents."""
    api.portal.set_registry_record("plone.default_language", "pl")
    transaction.commit()


@pytest.fixture
def held(fmeeting, fdirective):
    """A meeting held with its minutes written, and two directives: one to each
    department."""

    def make(state="held"):
        meeting = fmeeting(
            "held",
            title="Narada w sprawie budżetu",
            start=START,
            chair="Daniel Beger",
            minute_taker="Anna Protokolantka",
            attendees=ATTENDEES,
            agenda=AGENDA,
        )
        meeting.minutes = RichTextValue(
            "<p>Ustalono harmonogram <strong>prac nad budżetem</strong>.</p>",
            "text/html",
            "text/x-html-safe",
        )
        transaction.commit()
        woik = fdirective(
            meeting,
            title="Przygotować harmonogram remontu",
            departments=("WOIK",),
            responsible_person="Jan Kierownik",
        )
        wksp = fdirective(meeting, title="Zorganizować dni miasta", departments=("WKSP",))
        if state == "minutes_approved":
            with api.env.adopt_roles(["Manager", "Approver"]):
                api.content.transition(obj=meeting, transition="approve_minutes")
            transaction.commit()
        return meeting, woik, wksp

    return make


def docx_text(data):
    document = docx.Document(BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def test_the_minutes_print_as_the_office_writes_them(client, held):
    meeting, woik, wksp = held()
    response = client("clerk").get(f"{meeting.absolute_url()}/@@pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    number = meeting.meeting_number
    assert re.fullmatch(r"\d+/2026", number)
    assert (
        f'filename="protokol-{number.replace("/", "-")}.pdf"'
        in (response.headers["Content-Disposition"])
    )
    text = pdf_text(response.content)
    flat = " ".join(text.split())
    assert f"Protokół nr {number}" in flat
    assert "z narady kierownictwa odbytej 4 marca 2026 r. o godz. 09:30" in flat
    assert "Sala sesyjna" in flat
    assert "Narada w sprawie budżetu" in flat
    assert "Anna Protokolantka" in flat
    # Who came, and who did not: the absent one listed after “Nieobecni”.
    assert "Żaneta Źródlana" in flat
    present, absent = flat.index("Obecni:"), flat.index("Nieobecni:")
    assert present < flat.index("Żaneta Źródlana", present) < absent
    assert absent < flat.index("Grzegorz Nieobecny")
    assert "Projekt budżetu na rok 2027" in flat
    assert "Remont ulicy Łagiewnickiej" in flat
    assert "Ustalono harmonogram prac nad budżetem." in flat
    # The directives issued at it, with their signatures, departments and deadlines.
    assert woik.signature in flat and wksp.signature in flat
    assert "Przygotować harmonogram remontu" in flat
    assert "Jan Kierownik" in flat
    assert woik.deadline.strftime("%d.%m.%Y") in flat
    assert "Wydział Organizacyjny, Informatyki i Kadr" in flat
    # The lines to sign, and the draft's mark until the mayor approves.
    assert "Przewodniczący narady" in flat and "Protokołował(a)" in flat
    assert "PROJEKT" in flat


def test_approved_minutes_are_no_draft(client, held):
    meeting, woik, _wksp = held("minutes_approved")
    pdf = pdf_text(client("mayor").get(f"{meeting.absolute_url()}/@@pdf").content)
    assert f"Protokół nr {meeting.meeting_number}" in pdf
    assert "PROJEKT" not in pdf
    response = client("clerk").get(f"{meeting.absolute_url()}/@@docx")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == DOCX
    assert "PROJEKT" not in docx_text(response.content)


def test_the_minutes_to_edit(client, held):
    meeting, woik, wksp = held()
    response = client("clerk").get(f"{meeting.absolute_url()}/@@docx")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == DOCX
    assert "attachment" in response.headers["Content-Disposition"]
    text = docx_text(response.content)
    assert f"Protokół nr {meeting.meeting_number}" in text
    assert "4 marca 2026 r." in text
    assert "PROJEKT" in text
    assert "Grzegorz Nieobecny" in text
    assert "Remont ulicy Łagiewnickiej" in text
    assert "Ustalono harmonogram prac nad budżetem." in text
    assert woik.signature in text and wksp.signature in text
    assert "Anna Protokolantka" in text


def test_a_department_reads_the_minutes_only_once_approved(client, held):
    meeting, woik, wksp = held()
    for view in ("pdf", "docx"):
        url = f"{meeting.absolute_url()}/@@{view}"
        # The department sees the meeting its directive came from, but not the draft.
        assert client("woik").get(meeting.absolute_url()).status_code == 200
        for user in (None, "outsider", "press", "woik", "wksp"):
            response = client(user).get(url, allow_redirects=False)
            assert response.status_code in (302, 401, 403, 404), (user, view)
            assert b"%PDF" not in response.content
            assert "budżetem".encode() not in response.content

    with api.env.adopt_roles(["Manager", "Approver"]):
        api.content.transition(obj=meeting, transition="approve_minutes")
    transaction.commit()
    text = " ".join(pdf_text(client("woik").get(f"{meeting.absolute_url()}/@@pdf").content).split())
    assert "Ustalono harmonogram prac nad budżetem." in text
    # Its own directive, not the other department's.
    assert woik.signature in text
    assert wksp.signature not in text
    assert "Zorganizować dni miasta" not in text
    for user in (None, "outsider", "press"):
        response = client(user).get(f"{meeting.absolute_url()}/@@pdf", allow_redirects=False)
        assert response.status_code in (302, 401, 403, 404), user
        assert b"%PDF" not in response.content


def test_no_minutes_no_document(client, fmeeting):
    meeting = fmeeting("planned")
    response = client("clerk").get(f"{meeting.absolute_url()}/@@pdf", allow_redirects=False)
    assert response.status_code == 404
    assert b"%PDF" not in response.content


def document_buttons(client, user, obj):
    page = client(user).get(obj.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 200, (user, page.status_code)
    return dict(re.findall(r'data-document="(\w+)"[^>]*>\s*([^<]+?)\s*<', page.text))


def test_the_meeting_page_offers_the_minutes(client, held, fmeeting):
    meeting, _woik, _wksp = held()
    for user in ("clerk", "mayor"):
        buttons = document_buttons(client, user, meeting)
        assert buttons == {"pdf": "Protokół (PDF)", "docx": "Protokół do edycji (DOCX)"}, user
    assert document_buttons(client, "woik", meeting) == {}
    assert document_buttons(client, "clerk", fmeeting("planned")) == {}


def test_a_row_sent_without_present_counts_as_present_on_page_and_paper(client, fmeeting):
    """A row sent over REST without ``present`` is someone who came (the column's default),
    on the meeting's page and in the minutes alike; only ``false`` marks an absence."""
    meeting = fmeeting("held", start=START)
    made = client("clerk").patch(
        meeting.absolute_url(),
        json={
            "attendees": [
                {"name": "Karol Bezznacznika", "function": "Sekretarz"},
                {"name": "Grzegorz Nieobecny", "function": "Skarbnik", "present": False},
            ],
            "minutes": "<p>Omówiono sprawy bieżące.</p>",
        },
    )
    assert made.status_code == 204, made.text
    page = client("clerk")
    page.session.headers["Accept"] = "text/html"
    html = page.get(meeting.absolute_url()).text
    rows = {
        name: re.sub(r"<[^>]+>|\s+", " ", cells).split()[-1]
        for name, cells in re.findall(r"<td>([^<]+)</td>(.*?)</tr>", html, re.S)
        if name in ("Karol Bezznacznika", "Grzegorz Nieobecny")
    }
    assert rows == {"Karol Bezznacznika": "tak", "Grzegorz Nieobecny": "nie"}
    flat = " ".join(
        pdf_text(client("clerk").get(f"{meeting.absolute_url()}/@@pdf").content).split()
    )
    present, absent = flat.index("Obecni:"), flat.index("Nieobecni:")
    assert present < flat.index("Karol Bezznacznika") < absent < flat.index("Grzegorz Nieobecny")
