"""The public calendar of the mayor's public appointments, ``/kalendarz-prezydenta``: the
appointments made public, week by week from two weeks back to eight weeks ahead, with the
officials' names, and its iCalendar (``@@kalendarz-prezydenta.ics``). Whoever reads it
sees only what a visitor sees: the query asks for the public state, whoever asks."""

from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.calendar import listing
from plone import api
from Products.Five import BrowserView
from zope.i18n import translate

#: The page's address (a view of the site).
PAGE = "kalendarz-prezydenta"
WEEKS_BACK = 2
WEEKS_AHEAD = 8

TITLE = _("The mayor's calendar")


def page_url():
    return f"{api.portal.get().absolute_url()}/{PAGE}"


class PublicCalendarView(BrowserView):
    title = TITLE

    def weeks(self):
        """``[{"title", "current", "days": [{"title", "items"}]}]``, weeks with public
        appointments only."""
        today = clock.today()
        first = listing.week_of(today) - timedelta(weeks=WEEKS_BACK)
        last = listing.week_of(today) + timedelta(weeks=WEEKS_AHEAD, days=-1)
        brains = listing.search(first, last, states=("public",), unrestricted=True)
        weeks = {}
        for brain in brains:
            item = listing.describe(brain)
            start, end = listing.local(brain.start), listing.local(brain.end)
            item["time"] = start.strftime("%H:%M") + (f"–{end.strftime('%H:%M')}" if end else "")
            item["names"] = ", ".join(o["fullname"] for o in item["officials"])
            item["datetime"] = start.isoformat()
            week = weeks.setdefault(listing.week_of(start.date()), {})
            week.setdefault(start.date(), []).append(item)
        result = []
        for monday in sorted(weeks):
            sunday = monday + timedelta(days=6)
            result.append(
                {
                    "title": translate(
                        _(
                            "week_of",
                            default="Week ${first} – ${last}",
                            mapping={
                                "first": monday.strftime("%d.%m.%Y"),
                                "last": sunday.strftime("%d.%m.%Y"),
                            },
                        ),
                        context=self.request,
                    ),
                    "current": monday == listing.week_of(today),
                    "days": [
                        {"title": self.day_title(day), "entries": items}
                        for day, items in sorted(weeks[monday].items())
                    ],
                }
            )
        return result

    def day_title(self, day):
        weekday = translate(listing.WEEKDAYS[day.weekday()], context=self.request)
        return f"{weekday}, {day.strftime('%d.%m.%Y')}"

    def ical_url(self):
        return f"{api.portal.get().absolute_url()}/@@{PAGE}.ics"
