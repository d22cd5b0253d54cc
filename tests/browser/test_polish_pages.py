"""The Polish office reads Polish: every role walks its pages and meets none of stock
Plone's English that an office once found there.

Each role (anonymous visitor, clerk, department, mayor, press office, site administrator)
opens its pages in the Polish site — the registers, the desk, the cases' and meetings'
pages and their forms; the test reads each page's visible text (what a person reads, the
page's own text, not attributes) and fails listing every phrase of ``ENGLISH`` found, with
the page and the role, and every page that shows nothing under its heading. A screenshot
of each page is kept (``test-artifacts/screenshots/polish-<role>-<n>.png``).

The footer's copyright line keeps Plone's own “by … et al.” (its Polish catalogue says so;
the footer is the public site's), so the footer is checked for “Powered by Plone” only.
"""

from datetime import date
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.appointments.conftest import make_request
from tests.browser.helpers import login
from tests.browser.helpers import shot
from tests.bulletin.conftest import make_issue
from tests.calendar.conftest import make_appointment
from tests.ceremonies.conftest import make_ceremony
from tests.gallery.conftest import make_gallery
from tests.interpellations.conftest import _make
from tests.letters.conftest import make_incoming
from tests.letters.conftest import make_reply
from tests.media.conftest import make_broadcast
from tests.media.conftest import make_research
from tests.meetings.conftest import make_directive
from tests.meetings.conftest import make_meeting
from tests.patronage.conftest import make_patronage
from tests.press.conftest import make_clipping
from tests.press.conftest import make_news
from tests.reports.conftest import make_report

import pytest
import re
import transaction

#: Stock Plone's English an office met in the Polish site (each a regular expression).
ENGLISH = [
    # "Add Interpelacja", "Add row"; Plone's Polish itself says "Konfiguracja Add-ons".
    r"\bAdd\b(?!-ons)",
    r"\bEdit\b",  # "Edit Interpelacja"
    r"\bSettings\b",
    r"Versioning enabled",
    r"Change Note",
    r"No value",
    r"\bWhat\b",  # the history's columns
    r"\bCompare\b",
    r"\bRevert\b",
    r"Filter the results",
    r"Trouble logging in",
    r"Get help",
    r"Need Help",
    r"Welcome! You are now logged in",
    r"\bselected\b",  # folder contents: "0 of 18 selected"
    r"\bTitle\b",
    r"Last modified",
    r"Publication date",
    r"\bShow:",
    r"\bPage:",
    r"\bGeneral\b",  # the control panel's tabs
    r"\bContent\b",
    r"\bUsers\b",
    r"\bAdvanced\b",
    r"Delete row",
    r"Move (Up|Down)",
    r"Remove selected",
    r"b'",  # bytes in a title: b'RSS 1.0'
    r"\bInfo:",  # status messages
    r"Powered by Plone",
    r"Build with",  # TinyMCE's branding
    r"Toggle navigation",
    r"Lead Image",
    r"Categorization",
    r"Select a value",
    r"Required input is missing",
    r"production mode",
    # A workflow state by its id (folder contents): "answered".
    r"\b(registered|forwarded|answer_review|answered|withdrawn)\b",
    r"\b(assigned|closed|draft|pending_signature|signed|sent)\b",  # the letters' states
    # The meetings' and directives' states.
    r"\b(planned|held|minutes_approved|issued|in_progress|reported_done|verified|cancelled)\b",
]
PATTERN = re.compile("|".join(f"(?:{english})" for english in ENGLISH))
#: The byline's "by" ("by admin — last modified").
BYLINE = re.compile(r"\bby\b")
RECEIVED = date(2026, 11, 2)
TITLES = {
    "registered": "Remont boiska przy ul. Szkolnej",
    "forwarded": "Oświetlenie ul. Polnej",
    "answer_review": "Ławki w parku Chropaczów",
    "answered": "Przystanek tramwajowy w Lipinach",
    "withdrawn": "Nazwa skweru przy ul. Zielonej",
}


@pytest.fixture
def content(site):
    """An interpellation in every state, a news item, committed."""
    items = {
        state: _make(site["interpelacje"], state, TITLES[state], received_date=RECEIVED)
        for state in TITLES
    }
    with api.env.adopt_roles(["Manager"]):
        news = api.content.create(
            container=site["aktualnosci"],
            type="News Item",
            title="Nowe ławki w parku",
            description="Miasto ustawiło dwadzieścia nowych ławek.",
        )
        api.content.transition(obj=news, transition="publish")
    letters = site["kancelaria"]["korespondencja"]
    letter = make_incoming(letters, "assigned", title="Pytanie o godziny otwarcia urzędu")
    to_sign = make_reply(letter, "pending_signature")
    to_send = make_reply(make_incoming(letters, "assigned", title="Ławka przy szkole"), "signed")
    # Honorary patronages: an application to review, one to decide, one granted.
    patronages = {
        f"patronage_{state}": make_patronage(site["patronaty"], state, title=f"Festyn {state}")
        for state in ("submitted", "under_review", "granted")
    }
    narady = site["kancelaria"]["narady"]
    meeting = make_meeting(narady, "held", title="Narada w sprawie dni miasta", chair="Jan")
    meeting.minutes = RichTextValue(
        "<p>Ustalono program dni miasta.</p>", "text/html", "text/x-html-safe"
    )
    to_report = make_directive(meeting, "in_progress", departments=("WOIK",), title="Scena")
    to_verify = make_directive(meeting, "reported_done", departments=("WKSP",), title="Program")
    planned = make_meeting(narady, "planned", title="Narada robocza o budżecie")
    # The bulletin and the activity reports: one of each published, one not yet.
    bulletin = {
        f"issue_{state}": make_issue(site["biuletyn"], state, title=f"Biuletyn {word}")
        for state, word in (("private", "w przygotowaniu"), ("published", "marcowy"))
    }
    reports = {
        f"report_{state}": make_report(site["sprawozdania"], state, title=f"Sprawozdanie {word}")
        for state, word in (("draft", "robocze"), ("published", "kwietniowe"))
    }
    # The press office: a published press release in a campaign, clippings to summarise
    # and in the archive.
    release = make_news(
        site["aktualnosci"],
        "published",
        title="Głosowanie w budżecie obywatelskim",
        press_release=True,
        campaigns=["budzet-obywatelski"],
    )
    prasa = site["kancelaria"]["prasa"]
    clipping = make_clipping(prasa, title="Nowy park w centrum", topics=["zieleń"])
    make_clipping(prasa, "published", title="Remont ratusza", medium="Radio Piekary")
    # Research and broadcasts (/media): a delivered study to publish, a published one, a
    # private and a published broadcast (before the gallery, which logs out).
    media = {
        "research_delivered": make_research(
            site["media"], "delivered", title="Badanie przekazane", summary="Wyniki."
        ),
        "research_published": make_research(site["media"], "published", title="Badanie"),
        "broadcast_private": make_broadcast(site["media"], title="Audycja robocza"),
        "broadcast_published": make_broadcast(site["media"], "published", title="Audycja"),
    }
    gallery = make_gallery(site, state="published")
    # The mayor's calendar: one appointment public, one cancelled.
    appointment = make_appointment(site, "public", title="Otwarcie hali sportowej")
    cancelled = make_appointment(site, "cancelled", title="Wizyta w szkole")
    # A resident's appointment request waiting for the secretariat.
    appointment_request = make_request(site, title="Prośba o spotkanie w sprawie parku")
    kalendarz = site["kancelaria"]["kalendarz"]
    ceremony = make_ceremony(kalendarz, guests=[{"name": "Anna Nowak", "function": "Poseł"}])
    task = make_directive(ceremony, "in_progress", departments=("WOIK",), title="Wieńce")
    held_ceremony = make_ceremony(kalendarz, "held", title="Dzień Flagi")
    transaction.commit()
    return {
        **media,
        "appointment": appointment,
        "cancelled_appointment": cancelled,
        "news": news,
        "release": release,
        "clipping": clipping,
        "letter": letter,
        "to_sign": to_sign,
        "to_send": to_send,
        "meeting": meeting,
        "planned": planned,
        "to_report": to_report,
        "to_verify": to_verify,
        "gallery": gallery,
        "appointment_request": appointment_request,
        "ceremony": ceremony,
        "task": task,
        "held_ceremony": held_ceremony,
        **items,
        **patronages,
        **bulletin,
        **reports,
    }


def pages(portal_url, content):
    """Role → the paths (from the portal) its people open."""

    def path(obj, view=""):
        url = obj.absolute_url()[len(portal_url) :]
        return f"{url}/{view}" if view else url

    public = [path(content[s]) for s in ("forwarded", "answer_review", "answered", "withdrawn")]
    return {
        "anonymous": [
            "/",
            "/aktualnosci",
            path(content["news"]),
            "/interpelacje",
            *public,
            "/login",
            "/@@login-help",
            "/@@search?SearchableText=Polnej",
            "/sprawdz-sprawe",
            "/patronaty",
            path(content["patronage_granted"]),
            "/biuletyn",
            path(content["issue_published"]),
            "/sprawozdania",
            path(content["report_published"]),
            "/media",
            "/media?kind=broadcast&medium=radio",
            path(content["research_published"]),
            path(content["broadcast_published"]),
            path(content["release"]),
            "/aktualnosci?press=1",
            "/aktualnosci?campaign=budzet-obywatelski",
            "/kontakt",
            "/mapa-strony",
            path(content["gallery"]),
            "/kalendarz-prezydenta",
            path(content["appointment"]),
            "/kontakt/@@umow-spotkanie",
        ],
        "clerk": [
            "/kancelaria/kalendarz",
            "/kancelaria/kalendarz/@@calendar-day",
            "/kancelaria/kalendarz/++add++Appointment",
            "/kancelaria/kalendarz/@@calendar-officials",
            path(content["appointment"]),
            path(content["appointment"], "edit"),
            path(content["cancelled_appointment"]),
            "/kancelaria",
            "/kancelaria/@@terminy",
            "/interpelacje",
            path(content["registered"]),
            path(content["registered"], "@@route"),
            path(content["registered"], "@@change-deadline"),
            path(content["registered"], "edit"),
            "/interpelacje/++add++Interpellation",
            path(content["forwarded"], "@@historyview"),
            "/interpelacje/folder_contents",
            "/@@search?SearchableText=Polnej",
            "/kancelaria/korespondencja",
            "/kancelaria/korespondencja/++add++IncomingLetter",
            "/kancelaria/korespondencja/++add++OutgoingLetter",
            path(content["letter"]),
            path(content["letter"], "edit"),
            path(content["letter"], "@@close-letter"),
            path(content["letter"], "@@historyview"),
            path(content["to_send"]),
            path(content["to_send"], "@@send-letter"),
            "/patronaty",
            path(content["patronage_submitted"]),
            path(content["patronage_submitted"], "edit"),
            "/patronaty/@@register",
            "/kancelaria/narady",
            "/kancelaria/narady/@@polecenia",
            "/kancelaria/narady/@@polecenia?due=overdue&department=WOIK",
            "/kancelaria/narady/++add++Meeting",
            path(content["planned"]),
            path(content["planned"], "edit"),
            path(content["meeting"]),
            path(content["meeting"], "edit"),
            path(content["meeting"], "@@historyview"),
            path(content["meeting"], "++add++Directive"),
            path(content["to_report"]),
            path(content["to_report"], "edit"),
            path(content["to_report"], "@@route"),
            path(content["to_report"], "@@cancel-directive"),
            "/sprawozdania",
            "/sprawozdania/++add++ActivityReport",
            path(content["report_draft"]),
            path(content["report_draft"], "edit"),
            path(content["report_draft"], "@@prepare-draft"),
            "/media",
            "/media/++add++ResearchOrder",
            path(content["research_delivered"]),
            path(content["research_delivered"], "edit"),
            path(content["appointment_request"]),
            path(content["appointment_request"], "@@schedule-request"),
            path(content["appointment_request"], "@@refuse-request"),
            "/kancelaria/kalendarz/@@ceremonies-generate",
            "/kancelaria/kalendarz/@@ceremonies-settings",
            "/kancelaria/kalendarz/++add++Ceremony",
            path(content["ceremony"]),
            path(content["ceremony"], "edit"),
            path(content["ceremony"], "++add++Directive"),
            path(content["held_ceremony"], "@@reopen-ceremony"),
        ],
        "woik": [
            "/kancelaria",
            "/kancelaria/@@terminy",
            path(content["forwarded"]),
            path(content["forwarded"], "edit"),
            path(content["forwarded"], "@@historyview"),
            path(content["letter"]),
            path(content["letter"], "@@reply"),
            path(content["to_sign"]),
            "/kancelaria/narady/@@polecenia",
            path(content["meeting"]),
            path(content["to_report"]),
            path(content["to_report"], "@@progress"),
            path(content["to_report"], "edit"),
            path(content["to_report"], "@@historyview"),
            path(content["ceremony"]),
            path(content["task"]),
        ],
        "wksp": [
            "/kancelaria",
            path(content["to_verify"]),
        ],
        "mayor": [
            "/kancelaria",
            path(content["answer_review"]),
            path(content["answer_review"], "@@return-answer"),
            path(content["to_sign"]),
            path(content["to_sign"], "@@return-letter"),
            path(content["patronage_under_review"]),
            path(content["patronage_under_review"], "@@grant-patronage"),
            path(content["patronage_under_review"], "@@refuse-patronage"),
            "/kancelaria/narady/@@polecenia",
            path(content["meeting"]),
            path(content["meeting"], "@@return-minutes"),
            path(content["to_verify"]),
            path(content["to_verify"], "@@return-directive"),
            path(content["report_draft"]),
            path(content["appointment_request"]),
            path(content["ceremony"]),
            path(content["ceremony"], "edit"),
        ],
        "press": [
            "/kancelaria",
            "/kancelaria/prasa",
            "/kancelaria/prasa?tone=positive&medium_kind=radio",
            "/kancelaria/prasa/++add++PressClipping",
            path(content["clipping"]),
            path(content["clipping"], "edit"),
            "/kancelaria/prasa/@@podsumowanie",
            path(content["release"], "edit"),
            "/aktualnosci",
            "/aktualnosci/++add++News Item",
            "/aktualnosci/++add++Event",
            path(content["news"], "edit"),
            "/aktualnosci/folder_contents",
            "/biuletyn",
            "/biuletyn/++add++BulletinIssue",
            path(content["issue_private"]),
            path(content["issue_private"], "edit"),
            "/sprawozdania",
            path(content["report_draft"]),
            path(content["report_draft"], "edit"),
            "/kancelaria/prasa",
            "/kancelaria/prasa/++add++Gallery",
            path(content["gallery"]),
            path(content["gallery"], "edit"),
            path(content["gallery"], "++add++Image"),
            "/media/++add++Broadcast",
            path(content["broadcast_private"]),
            path(content["broadcast_private"], "edit"),
            path(content["research_delivered"]),
            path(content["ceremony"]),
        ],
        "siteadmin": [
            "/@@overview-controlpanel",
            "/@@kancelaria-settings",
            "/interpelacje/folder_contents",
            path(content["answered"], "@@historyview"),
        ],
    }


def english_on(page):
    """The stock English phrases in what a person reads on ``page`` (with some context)."""
    body = page.locator("body").inner_text()
    footer = page.locator("#portal-footer-wrapper")
    footer_text = footer.inner_text() if footer.count() else ""
    found = [
        f"{match.group(0)!r} in …{body[max(0, match.start() - 30) : match.end() + 30]!r}…"
        for match in PATTERN.finditer(body.replace(footer_text, ""))
    ]
    found += [f"{m.group(0)!r} in the footer" for m in re.finditer("Powered by Plone", footer_text)]
    byline = page.locator("#section-byline")
    if byline.count() and BYLINE.search(byline.inner_text()):
        found.append(f"'by' in the byline {byline.inner_text()!r}")
    return found


def empty_on(page):
    """A page that shows nothing but its frame: no heading, or nothing under it."""
    content = page.locator("#content")
    if not content.count():
        return ["no main content (#content)"]
    heading = content.first.locator("h1").first
    title = heading.inner_text().strip() if heading.count() else ""
    if not title:
        return ["no heading"]
    if not content.first.inner_text().replace(title, "", 1).strip():
        return [f"nothing under its heading {title!r}"]
    return []


def settle(page):
    """Wait for the page's scripts. Folder contents translates the states with Plone's
    catalogue, which its script fetches once and keeps in the browser's storage: the very
    first table a browser draws may come before it (mockup's race), so the page is read
    as every later visit shows it. A page whose requests never quieten within half a minute
    on a busy machine (the editor's resources) is read once it has loaded: a string its
    scripts had yet to translate would show as English, never hide one."""
    page.wait_for_load_state("load")
    try:
        page.wait_for_load_state("networkidle", timeout=30_000)
    except PlaywrightTimeoutError:
        pass
    if "folder_contents" in page.url:
        expect(page.locator(".pat-structure table tbody tr").first).to_be_visible()
        page.wait_for_function("() => window.localStorage.getItem('plone-pl') !== null")
        page.reload()
        expect(page.locator(".pat-structure table tbody tr").first).to_be_visible()


@pytest.mark.browser
def test_no_stock_english(new_page, portal_url, site_admin, content):
    problems = []
    for role, paths in pages(portal_url, content).items():
        page = new_page()
        if role != "anonymous":
            login(page, portal_url, role)
            settle(page)  # the page after logging in, with its welcome message
            problems += [f"{role} after logging in: {e}" for e in english_on(page)]
        for number, path in enumerate(paths, start=1):
            response = page.goto(f"{portal_url}{path}")
            assert response.status == 200, f"{role} {path}: {response.status}"
            settle(page)
            shot(page, f"polish-{role}", number)
            problems += [f"{role} {path}: {e}" for e in english_on(page) + empty_on(page)]
    assert not problems, "English in the Polish site:\n" + "\n".join(problems)
