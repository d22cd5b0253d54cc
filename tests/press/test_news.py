"""The press office's news in ``/aktualnosci``: the review workflow, the press release's
mark and contact on its page, the listing's press filter and campaigns' pages, the
upcoming press conferences and their iCalendar (read with the ``icalendar`` library)."""

from datetime import datetime
from datetime import timedelta
from kancelaria import clock
from plone import api

import icalendar
import pytest
import pytz
import transaction
import uuid


@pytest.fixture(autouse=True)
def polish(fportal):
    """The site in Polish, as the office runs it."""
    api.portal.set_registry_record("plone.default_language", "pl")
    api.portal.set_registry_record("plone.available_languages", ["pl"])
    transaction.commit()


def listing(page):
    """The news listing of a page (not its navigation, which names news too)."""
    return page.text.split("kancelaria-publications", 1)[1]


def _page(client, path, user=None, **params):
    c = client(user)
    return c.session.get(c.url(path), params=params, headers={"Accept": "text/html"}, timeout=60)


def test_news_use_plones_review_workflow(portal):
    wf = api.portal.get_tool("portal_workflow")
    for portal_type in ("News Item", "Event", "Document"):
        assert wf.getChainForPortalType(portal_type) == ("simple_publication_workflow",)


def test_press_release_page_shows_the_mark_and_contact(client, fnews):
    obj = fnews("published", title="Remont ratusza", press_release=True)
    page = _page(client, obj.absolute_url())
    assert page.status_code == 200
    assert "Komunikat prasowy" in page.text
    assert "Biuro Rzecznika Prasowego Prezydenta Miasta" in page.text
    assert "mailto:kpm@swietochlowice.pl" in page.text
    plain = fnews("published", title="Zwykła wiadomość")
    assert "Komunikat prasowy" not in _page(client, plain.absolute_url()).text


def test_contact_is_kept_when_the_office_changes_it(fportal, fnews):
    old = fnews("published", title="Stary komunikat", press_release=True)
    api.portal.set_registry_record("kancelaria.press.contact_email", "rzecznik@example.org")
    transaction.commit()
    new = fnews("published", title="Nowy komunikat", press_release=True)
    assert old.press_contact_email == "kpm@swietochlowice.pl"
    assert new.press_contact_email == "rzecznik@example.org"


def test_listing_filters_press_releases_and_campaigns(client, fnews):
    word = uuid.uuid4().hex[:6]
    release = fnews("published", title=f"Komunikat {word}", press_release=True)
    campaign = fnews("published", title=f"Głosuj {word}", campaigns=["budzet-obywatelski"])
    plain = fnews("published", title=f"Wiadomość {word}")
    every = listing(_page(client, "aktualnosci"))
    assert all(o.absolute_url() in every for o in (release, campaign, plain))
    assert every.count("Komunikat prasowy") == 1  # the release is marked in the listing
    press = listing(_page(client, "aktualnosci", press="1"))
    assert release.absolute_url() in press
    assert campaign.absolute_url() not in press
    assert plain.absolute_url() not in press
    page = listing(_page(client, "aktualnosci", campaign="budzet-obywatelski"))
    assert "Budżet obywatelski" in page
    assert campaign.absolute_url() in page
    assert release.absolute_url() not in page
    # The item links its campaign's page.
    item = _page(client, campaign.absolute_url())
    assert "aktualnosci?campaign=budzet-obywatelski" in item.text


def test_unknown_campaign_is_a_400_naming_it(client, fportal):
    page = _page(client, "aktualnosci", campaign="nieznana")
    assert page.status_code == 400
    assert "campaign:" in page.text
    assert _page(client, "aktualnosci", press="tak").status_code == 400


def _conference(portal, title, days, state="published"):
    now = datetime.now(clock.zone()).replace(microsecond=0, tzinfo=None)
    start = pytz.timezone("Europe/Warsaw").localize(now + timedelta(days=days))
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=portal["aktualnosci"],
            type="Event",
            title=title,
            start=start,
            end=start + timedelta(hours=1),
            location="Sala sesyjna",
            press_conference=True,
        )
        if state == "published":
            api.content.transition(obj=obj, transition="publish")
    transaction.commit()
    return obj


def test_upcoming_conferences_and_their_calendar(client, fportal):
    soon = _conference(fportal, "Konferencja o budżecie", 2)
    past = _conference(fportal, "Konferencja wczorajsza", -2)
    draft = _conference(fportal, "Konferencja w przygotowaniu", 3, state="private")
    page = _page(client, "aktualnosci")
    assert "Nadchodzące konferencje prasowe" in page.text
    section = page.text.split("kancelaria-conferences", 1)[1].split("</section>", 1)[0]
    assert soon.absolute_url() in section
    assert past.absolute_url() not in section
    assert draft.absolute_url() not in section
    folder = client().session.get(client().url("aktualnosci/@@konferencje.ics"), timeout=60)
    assert folder.status_code == 200
    assert folder.headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(folder.content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries == ["Konferencja o budżecie"]
    # Plone's own export of one conference works for a visitor too.
    one = client().session.get(f"{soon.absolute_url()}/ics_view", timeout=60)
    assert one.status_code == 200
    event = icalendar.Calendar.from_ical(one.content).walk("VEVENT")[0]
    assert str(event["LOCATION"]) == "Sala sesyjna"
    assert event["DTSTART"].dt == soon.start
