"""The publication record (metryczka, DOMAIN.md rule 7) under every public page, as a
visitor reads it over HTTP: the publishing body, who produced the content and when, who
published it and when (the real time of the transition), the last change and the change
register; for a news item, a document and an interpellation. Never on a page of the
internal area, never on what visitors cannot open."""

from kancelaria import publication
from kancelaria.case import history
from lxml import html as lxml_html
from plone import api
from plone.app.testing import login
from plone.app.textfield.value import RichTextValue
from tests.interpellations.conftest import _make as make_interpellation
from zope.event import notify
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import transaction

PRESS_NAME = "Ewa Rzeczniczka"


@pytest.fixture(autouse=True)
def polish_site(fportal):
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()


@pytest.fixture
def press_named(fportal):
    api.user.get(username="press").setMemberProperties({"fullname": PRESS_NAME})
    transaction.commit()


def page(client, url, user=None):
    response = client(user).get(url, headers={"Accept": "text/html", "Accept-Language": "pl"})
    assert response.status_code == 200, (url, response.status_code)
    return lxml_html.fromstring(response.text)


def record_of(tree):
    found = tree.cssselect(".kancelaria-record")
    return found[0] if found else None


def text(element):
    return " ".join(element.text_content().split())


def create_and_publish(fportal, portal_type, title):
    from plone.app.testing import logout

    login(fportal, "press")
    try:
        obj = api.content.create(
            container=fportal["aktualnosci"],
            type=portal_type,
            title=title,
            text=RichTextValue("<p>Treść.</p>", "text/html", "text/x-html-safe"),
        )
        api.content.transition(obj=obj, transition="publish")
    finally:
        logout()
    transaction.commit()
    return obj


def local(value):
    return api.portal.get_localized_time(value, long_format=True)


@pytest.mark.parametrize("portal_type", ["News Item", "Document"])
def test_anonymous_reads_the_record(fportal, client, press_named, portal_type):
    obj = create_and_publish(fportal, portal_type, "Nowe latarnie na ulicy Polnej")
    published = history.last(obj, "publish")
    record = record_of(page(client, obj.absolute_url()))
    assert record is not None
    body = text(record.cssselect(".kancelaria-record-body")[0])
    assert body == fportal.Title() == "Kancelaria Prezydenta Miasta"
    produced = text(record.cssselect(".kancelaria-record-produced")[0])
    assert produced == f"{PRESS_NAME}, {local(obj.created())}"
    # The real time of the publish transition, from the workflow history.
    when = text(record.cssselect(".kancelaria-publication-publish")[0])
    assert when == f"{PRESS_NAME}, {local(published['time'])}"
    # Polish labels; the change register names the publication.
    assert "Metryczka" in text(record)
    rows = record.cssselect(".kancelaria-changes tbody tr")
    assert [text(r).split(" ", 2)[-1] for r in rows] == [f"{PRESS_NAME} Opublikowano"]


def test_an_edit_goes_to_the_change_register(fportal, client, press_named):
    from plone.app.contenttypes.behaviors.richtext import IRichText
    from plone.app.dexterity.behaviors.metadata import IBasic
    from plone.app.testing import logout

    doc = create_and_publish(fportal, "Document", "Godziny pracy urzędu")
    login(fportal, "press")
    try:
        doc.title = "Godziny pracy Urzędu Miejskiego"
        notify(ObjectModifiedEvent(doc, Attributes(IBasic, "IBasic.title")))
        doc.text = RichTextValue("<p>Nowe godziny.</p>", "text/html", "text/x-html-safe")
        notify(ObjectModifiedEvent(doc, Attributes(IRichText, "IRichText.text")))
    finally:
        logout()
    transaction.commit()
    record = record_of(page(client, doc.absolute_url()))
    rows = [text(r) for r in record.cssselect(".kancelaria-changes tbody tr")]
    assert len(rows) == 3, rows  # newest first: text, title, the publication
    assert rows[0].endswith(f"{PRESS_NAME} Zmieniono: Tekst")
    assert rows[1].endswith(f"{PRESS_NAME} Zmieniono: Tytuł")
    assert rows[2].endswith("Opublikowano")


def test_interpellation_record(fportal, client):
    item = make_interpellation(
        fportal["interpelacje"], "answered", "Oświetlenie ulicy Polnej", answer="<p>Tak.</p>"
    )
    transaction.commit()
    record = record_of(page(client, item.absolute_url()))
    assert record is not None
    forwarded = history.last(item, "forward")
    approved = history.last(item, "approve_answer")
    labels = [text(dt) for dt in record.cssselect("dt")]
    assert labels == [
        "Podmiot udostępniający informację",
        "Wytworzył(a)",
        "Publikacja treści",
        "Zatwierdzenie i publikacja odpowiedzi",
        "Ostatnia zmiana",
    ]
    assert text(record.cssselect(".kancelaria-publication-forward")[0]).endswith(
        local(forwarded["time"])
    )
    assert text(record.cssselect(".kancelaria-publication-approve_answer")[0]).endswith(
        local(approved["time"])
    )
    # One record on the page: the interpellation's view draws no second one.
    assert len(page(client, item.absolute_url()).cssselect(".kancelaria-record")) == 1


def test_no_record_where_visitors_cannot_look(fportal, client):
    """A draft page (its author reads it), a registered interpellation (staff only) and
    anything in the internal area, even opened to visitors, carry no record."""
    from plone.app.testing import logout

    login(fportal, "press")
    try:
        draft = api.content.create(
            container=fportal["aktualnosci"], type="Document", title="Szkic komunikatu"
        )
    finally:
        logout()
    registered = make_interpellation(fportal["interpelacje"], "registered", "Nowa interpelacja")
    transaction.commit()
    assert record_of(page(client, draft.absolute_url(), "press")) is None
    assert record_of(page(client, registered.absolute_url(), "clerk")) is None
    # The home page is no document: no record there.
    assert record_of(page(client, fportal.absolute_url())) is None
    # Internal: even what anonymous may view under /kancelaria has none.
    with api.env.adopt_roles(["Manager"]):
        case = api.content.create(
            container=fportal["kancelaria"]["korespondencja"],
            type="KancelariaTestCase",
            title="Pismo",
        )
        case.manage_permission("View", ["Anonymous"], acquire=False)
    assert publication.is_public(case)
    assert not publication.shown(case)


def test_record_without_a_name_shows_only_the_time(fportal, client):
    """Content whose creator has no name (made by a script) says when, with no stray comma."""
    from plone.app.testing import logout

    logout()  # a script's security context: no user whose id could be recorded
    with api.env.adopt_roles(["Manager"]):
        page_obj = api.content.create(
            container=fportal["aktualnosci"], type="Document", title="Komunikat skryptu"
        )
        api.content.transition(obj=page_obj, transition="publish")
    transaction.commit()
    assert not page_obj.Creator()
    record = record_of(page(client, page_obj.absolute_url()))
    produced = text(record.cssselect(".kancelaria-record-produced")[0])
    assert produced and not produced.startswith(","), produced
