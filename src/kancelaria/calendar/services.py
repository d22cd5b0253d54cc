"""``GET /kancelaria/kalendarz/@calendar?from=YYYY-MM-DD&to=YYYY-MM-DD&official=<id>``: the
calendar's entries from ``from`` (default: today) to ``to`` (default: six days later), at
most ``listing.MAX_DAYS`` days, as the caller may see them — what the day and week views
show → ``{"@id", "from", "to", "official", "items": [{"@id", "UID", "@type", "title",
"start", "end", "place", "officials": [{"id", "fullname"}], "review_state",
"cancelled"}]}``. A bad parameter is a 400 naming it."""

from kancelaria.calendar import listing
from kancelaria.services import CaseService
from urllib.parse import urlencode


class CalendarGet(CaseService):
    def handle(self):
        first, last, official = listing.parse_range(self.request.form)
        given = {"from": first.isoformat(), "to": last.isoformat()}
        if official:
            given["official"] = official
        return {
            "@id": f"{self.context.absolute_url()}/@calendar?{urlencode(given)}",
            "from": given["from"],
            "to": given["to"],
            "official": official,
            "items": [listing.describe(b) for b in listing.search(first, last, official)],
        }
