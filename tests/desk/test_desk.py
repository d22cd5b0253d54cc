"""The desk: each staff member's queues at ``/kancelaria`` and ``GET /kancelaria/@desk``,
the same counts both ways, for the role that works on them."""

from kancelaria.case import desknotes
from plone import api
from tests.desk.conftest import RETURN_COMMENT
from tests.desk.conftest import desk_of as _desk

import pytest
import re
import transaction


def _titles(queue):
    return {item["title"] for item in queue["items"]}


def _note(queue, title):
    return next(i["note"] for i in queue["items"] if i["title"] == title)


def test_clerk_desk(client, office):
    desk = _desk(client, "clerk")
    # The types' queues by their order, then portal type (ActivityReport, Directive,
    # IncomingLetter, Interpellation, Meeting, OutgoingLetter, Patronage, ResearchOrder)
    # between the core's.
    assert list(desk) == [
        "to_route",
        "appointments_today",
        "patronages_to_review",
        "reports_to_prepare",
        "appointment_requests",
        "directives_to_verify",
        "returned",
        "minutes_to_write",
        "minutes_returned",
        "to_send",
        "letters_returned",
        "reports_to_settle",
        "research_due",
        "ceremonies_open_tasks",
        "missing_reports",
        "overdue",
        "due_this_week",
    ]
    assert _note(desk["returned"], "Zwrócona") == RETURN_COMMENT
    assert _note(desk["to_route"], "Nowa 1") is None
    assert _titles(desk["to_route"]) == {"Nowa 1", "Nowa 2"}
    assert _titles(desk["overdue"]) == {"Zaległa"}
    assert _titles(desk["returned"]) == {"Zwrócona"}
    assert "Nowa 2" in _titles(desk["due_this_week"])
    assert "answers_to_approve" not in desk
    item = next(i for i in desk["to_route"]["items"] if i["title"] == "Nowa 2")
    assert item["days_left"] == 2
    assert item["signature"].startswith("KPM.0003.")
    assert item["@type"] == "Interpellation" and item["review_state"] == "registered"


def test_department_desk_shows_only_its_own(client, office):
    desk = _desk(client, "woik")
    assert set(desk) == {
        "to_answer",
        "returned",
        "directives_to_do",
        "directives_returned",
        "letters_to_handle",
        "letters_returned",
        "overdue",
        "due_this_week",
    }
    assert _titles(desk["to_answer"]) == {"Zaległa"}
    assert _titles(desk["returned"]) == {"Zwrócona"}
    assert _note(desk["returned"], "Zwrócona") == RETURN_COMMENT
    assert _titles(desk["overdue"]) == {"Zaległa"}
    other = _desk(client, "wksp")
    assert _titles(other["to_answer"]) == {"Dla WKSP"}
    assert other["returned"]["count"] == 0 and other["overdue"]["count"] == 0


def test_mayor_desk(client, office):
    desk = _desk(client, "mayor")
    assert set(desk) == {
        "answers_to_approve",
        "to_sign",
        "minutes_to_approve",
        "directives_to_verify",
        "patronages_to_decide",
        "appointments_today",
        "appointment_requests",
        "ceremonies_open_tasks",
    }
    assert _titles(desk["answers_to_approve"]) == {"Do zatwierdzenia"}


@pytest.mark.parametrize("user", [None, "outsider"])
def test_no_desk_for_others(client, office, user):
    assert client(user).get("kancelaria/@desk").status_code in (401, 403)


def test_press_office_desk_has_its_own_queues_only(client, office):
    """The press office lands on its own queues (clippings, research to publish); no case
    of the office is on it."""
    desk = _desk(client, "press")
    assert list(desk) == ["clippings_to_summarise", "research_to_publish"]
    assert desk["clippings_to_summarise"]["count"] == 0


def test_queues_follow_the_workflow(client, office, fportal):
    """Approving takes a case off the mayor's desk; routing off the clerk's."""
    assert (
        client("mayor")
        .post(office["review"].absolute_url() + "/@workflow/approve_answer")
        .status_code
        == 200
    )
    assert (
        client("clerk")
        .post(office["new1"].absolute_url() + "/@route", {"departments": ["WOIK"]})
        .status_code
        == 200
    )
    assert _desk(client, "mayor")["answers_to_approve"]["count"] == 0
    assert _titles(_desk(client, "clerk")["to_route"]) == {"Nowa 2"}
    assert "Nowa 1" in _titles(_desk(client, "woik")["to_answer"])


@pytest.mark.parametrize("user", ["clerk", "woik", "mayor"])
def test_page_counts_equal_rest_counts(client, office, user):
    desk = _desk(client, user)
    page = client(user).session.get(
        client(user).url("kancelaria"), headers={"Accept": "text/html"}, timeout=60
    )
    assert page.status_code == 200
    counts = dict(
        re.findall(
            r'href="#queue-([a-z_]+)"[^>]*>\s*'
            r'<span class="kancelaria-desk-count[^"]*">(\d+)</span>',
            page.text,
        )
    )
    assert counts == {qid: str(q["count"]) for qid, q in desk.items()}


def test_the_mayors_comment_stays_internal(client, office):
    """The returned case is public (the question is published), the comment on it is not:
    no column of the catalog carries it to ``@search``."""
    back = office["back"]
    for user in (None, "wksp"):
        response = client(user).get(
            "@search",
            params={"UID": back.UID(), "metadata_fields": "_all", "fullobjects": "1"},
        )
        assert response.status_code == 200
        assert response.json()["items_total"] == 1  # the case is public…
        assert "kosztorysu" not in response.text  # …the mayor's comment is not


def test_the_note_goes_with_the_queue(client, office, fportal):
    """Submitted again, the answer leaves the returned queue and its note goes; a deleted
    case takes its note with it."""
    back, woik = office["back"], client("woik")
    assert woik.patch(back.absolute_url(), {"answer": "<p>Z kosztorysem.</p>"}).ok
    assert woik.post(back.absolute_url() + "/@workflow/submit_answer").ok
    assert _desk(client, "woik")["returned"]["count"] == 0
    transaction.begin()
    assert desknotes.read([back.UID()]) == {}

    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=back, transition="return_answer", comment="Jeszcze raz")
    transaction.commit()
    assert _note(_desk(client, "woik")["returned"], "Zwrócona") == "Jeszcze raz"
    uid = back.UID()
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=back)
    transaction.commit()
    assert desknotes.read([uid]) == {}


def test_one_queue_whole(client, fportal, office):
    """The desk lists 20 a queue and links to the rest; ``?queue=`` shows that queue whole."""
    from tests.interpellations.conftest import _make

    for number in range(22):
        _make(fportal["interpelacje"], "registered", f"Pismo {number}")
    transaction.commit()
    clerk = client("clerk").session
    url = client("clerk").url("kancelaria")
    desk = clerk.get(url, headers={"Accept": "text/html"}, timeout=60).text
    section = desk.split('id="queue-to_route"')[1].split("</section>")[0]
    assert section.count('name="uids:list"') == 20
    assert "@@desk?queue=to_route" in section
    whole = clerk.get(
        url + "/@@desk", params={"queue": "to_route"}, headers={"Accept": "text/html"}
    ).text
    assert whole.count('name="uids:list"') == 24
    assert 'id="queue-returned"' not in whole
    # Another's queue, or none, shows the whole desk.
    for queue in ("answers_to_approve", "nonsense"):
        page = clerk.get(url + "/@@desk", params={"queue": queue}, headers={"Accept": "text/html"})
        assert page.status_code == 200 and 'id="queue-returned"' in page.text


def test_refresh_sorts_an_existing_site(fportal, office):
    """``desk.refresh()`` (the upgrade step's part) recomputes the queues and the notes of
    the cases already there, and running it twice changes nothing."""
    from kancelaria.case import desk
    from zope.annotation.interfaces import IAnnotations

    uid = office["back"].UID()
    del IAnnotations(fportal)[desknotes.KEY]  # a site from before the notes
    assert desknotes.read([uid]) == {}
    desk.refresh()
    assert desknotes.read([uid]) == {uid: {"returned": RETURN_COMMENT}}
    desk.refresh()
    assert desknotes.read([uid]) == {uid: {"returned": RETURN_COMMENT}}
    assert desknotes.members("returned") == [uid]


@pytest.mark.parametrize("user", [None, "outsider", "wksp"])
def test_queues_tell_outsiders_nothing_the_state_does_not(client, office, user):
    """The desk's index is public like every catalog index: it holds only what the state
    says. Which answer the mayor returned is kept beside the catalog, so nobody can ask
    ``@search?desk_queues=returned``."""
    session = client(user)

    def found(**query):
        response = session.get("@search", params={**query, "portal_type": "Interpellation"})
        assert response.status_code == 200, response.text
        return {item["title"] for item in response.json()["items"]}

    assert found(desk_queues="returned") == set()
    assert found(desk_queues="to_answer") == found(review_state="forwarded")
    assert "Zwrócona" in found(review_state="forwarded")


@pytest.mark.parametrize("view", ["", "/@@terminy"])
def test_a_department_gets_the_whole_page(client, office, view):
    """A department opens ``/kancelaria`` without View on it; its desk and deadlines still
    have the site's frame: title, logo, search, navigation, breadcrumbs."""
    woik = client("woik")
    text = woik.session.get(woik.url("kancelaria" + view), headers={"Accept": "text/html"}).text
    assert re.search(r"<title>[^<]+</title>", text)
    for frame in ('id="portal-logo"', 'id="portal-searchbox"', 'id="portal-globalnav"'):
        assert frame in text, frame
    assert 'id="portal-breadcrumbs"' in text
