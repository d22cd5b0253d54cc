"""A public site as a visitor finds it: news with their dates, an interpellation in each
public state (one answered on time, one after its deadline), a published bulletin issue
and activity report, empty registers."""

from DateTime import DateTime
from datetime import timedelta
from kancelaria import clock
from plone import api
from plone.app.textfield.value import RichTextValue
from tests.bulletin.conftest import make_issue
from tests.calendar.conftest import make_appointment
from tests.interpellations.conftest import _make as make_interpellation
from tests.reports.conftest import make_report

import transaction

NEWS = (
    ("nowe-latarnie", "Nowe latarnie na ulicy Polnej", 3),
    ("dyzur-zimowy", "Dyżur zimowy służb miejskich", 10),
)

#: id → (public state, received days ago): "answered-late" is approved today, past its
#: deadline (14 days from receipt, off days moved).
INTERPELLATIONS = {
    "forwarded": ("forwarded", 2),
    "answer_review": ("answer_review", 2),
    "answered": ("answered", 1),
    "answered-late": ("answered", 40),
    "withdrawn": ("withdrawn", 2),
}


def published_news(days_ago):
    return DateTime(f"{(clock.today() - timedelta(days=days_ago)).isoformat()} 10:00 Europe/Warsaw")


def fill(portal):
    """Create the content (as Manager), commit; returns ``{"news": [...], "items": {}}``."""
    news = []
    with api.env.adopt_roles(["Manager"]):
        for news_id, title, days_ago in NEWS:
            item = api.content.create(
                container=portal["aktualnosci"],
                type="News Item",
                id=news_id,
                title=title,
                description="Informacja prasowa Urzędu Miejskiego.",
                text=RichTextValue("<p>Treść aktualności.</p>", "text/html", "text/x-html-safe"),
            )
            api.content.transition(obj=item, transition="publish")
            item.setEffectiveDate(published_news(days_ago))
            item.reindexObject()
            news.append(item)
    items = {}
    for key, (state, days_ago) in INTERPELLATIONS.items():
        received = clock.today() - timedelta(days=days_ago)
        items[key] = make_interpellation(
            portal["interpelacje"],
            state,
            f"Interpelacja ({key}) w sprawie oświetlenia",
            received_date=received,
        )
    issue = make_issue(portal["biuletyn"], "published", title="Biuletyn Informacyjny – marzec")
    report = make_report(portal["sprawozdania"], "published", title="Sprawozdanie na sesję")
    # The mayor's calendar: a public appointment and an internal one.
    appointment = make_appointment(portal, "public", title="Otwarcie hali sportowej")
    make_appointment(portal, title="Rozmowa z inwestorem")
    transaction.commit()
    return {
        "news": news,
        "items": items,
        "issue": issue,
        "report": report,
        "appointment": appointment,
    }
