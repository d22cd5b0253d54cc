"""The staff's day and week views of the calendar (``/kancelaria/kalendarz``):
``@@calendar-week`` (the folder's layout) and ``@@calendar-day``, ``?date=YYYY-MM-DD``
(default: Warsaw's today) and ``?official=<id>``, with the previous and next day or week.
A bad parameter is a 400 naming it (the page says so and shows today)."""

from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from kancelaria.calendar import listing
from kancelaria.calendar import settings
from kancelaria.case.errors import CaseInputError
from Products.Five import BrowserView
from urllib.parse import urlencode
from zope.i18n import translate


class CalendarView(BrowserView):
    #: Days shown: 1 (a day) or 7 (a week from Monday).
    days = 7
    name = "calendar-week"

    def __call__(self):
        self.error = None
        form = self.request.form
        try:
            day = listing.parse_day(form.get("date"), "date", clock.today())
            self.official = listing.parse_official(form.get("official"))
        except CaseInputError as error:
            self.request.response.setStatus(400)
            self.error = f"{error.field}: {error.translated(self.request)}"
            day, self.official = clock.today(), None
        self.first = listing.week_of(day) if self.days == 7 else day
        self.last = self.first + timedelta(days=self.days - 1)
        return self.index()

    def url(self, name=None, day=None, official="keep"):
        params = {}
        if day is not None:
            params["date"] = day.isoformat()
        official = self.official if official == "keep" else official
        if official:
            params["official"] = official
        base = f"{self.context.absolute_url()}/@@{name or self.name}"
        return f"{base}?{urlencode(params)}" if params else base

    def previous_url(self):
        return self.url(day=self.first - timedelta(days=self.days))

    def next_url(self):
        return self.url(day=self.first + timedelta(days=self.days))

    def previous_label(self):
        label = _("Previous day") if self.days == 1 else _("Previous week")
        return translate(label, context=self.request)

    def next_label(self):
        label = _("Next day") if self.days == 1 else _("Next week")
        return translate(label, context=self.request)

    def today_url(self):
        return self.url(day=clock.today())

    def day_url(self, day):
        return self.url("calendar-day", day)

    def week_url(self):
        return self.url("calendar-week", self.first)

    def officials(self):
        return [
            {"id": key, "title": row["fullname"], "selected": key == self.official}
            for key, row in settings.officials().items()
        ]

    def day_title(self, day):
        weekday = translate(listing.WEEKDAYS[day.weekday()], context=self.request)
        return f"{weekday}, {day.strftime('%d.%m.%Y')}"

    def heading(self):
        if self.days == 1:
            return self.day_title(self.first)
        return f"{self.first.strftime('%d.%m.%Y')} – {self.last.strftime('%d.%m.%Y')}"

    def calendar_days(self):
        """Each day of the range with its entries: ``{"day", "title", "today", "items"}``;
        an item has ``time`` (``10:00–11:00``) besides what ``listing.describe`` gives."""
        by_day = {}
        for brain in listing.search(self.first, self.last, self.official):
            item = listing.describe(brain)
            start, end = listing.local(brain.start), listing.local(brain.end)
            item["time"] = start.strftime("%H:%M") + (f"–{end.strftime('%H:%M')}" if end else "")
            item["names"] = ", ".join(o["fullname"] for o in item["officials"])
            by_day.setdefault(start.date(), []).append(item)
        today = clock.today()
        return [
            {
                "day": day,
                "title": self.day_title(day),
                "today": day == today,
                "url": self.day_url(day),
                "entries": by_day.get(day, []),
            }
            for day in (self.first + timedelta(days=n) for n in range(self.days))
        ]

    def add_url(self):
        return f"{self.context.absolute_url()}/++add++Appointment"


class DayView(CalendarView):
    days = 1
    name = "calendar-day"
